// The paragraphs of a draft while they are found: columns kept from one analysis to the next (grown by
// doubling), handed out as exact copies, as the other result columns are (text/columns.ts).
import { doubled } from '../text/arrays';
import type { BlockKind, Paragraphs } from '../types';

export class ParagraphColumns {
  private starts = new Int32Array(1024);
  private ends = new Int32Array(1024);
  private firstSegments = new Int32Array(1024);
  private blocks: BlockKind[] = [];
  length = 0;

  /** Adds a paragraph whose segments begin at `firstSegment` of the prose's segments. */
  push(start: number, end: number, firstSegment: number, block: BlockKind): void {
    if (this.length === this.starts.length) this.grow();
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.firstSegments[this.length] = firstSegment;
    this.blocks[this.length] = block;
    this.length++;
  }

  /** Makes paragraph `index`, pushed already, a block of another kind. */
  setBlock(index: number, block: BlockKind): void {
    if (index < this.length) this.blocks[index] = block;
  }

  /** The paragraphs pushed since the last take, their segments ending at `segmentCount`; empty after. */
  take(segmentCount: number): Paragraphs {
    const n = this.length;
    this.length = 0;
    const firstSegments = new Int32Array(n + 1);
    firstSegments.set(this.firstSegments.subarray(0, n));
    firstSegments[n] = segmentCount;
    return { length: n, starts: this.starts.slice(0, n), ends: this.ends.slice(0, n), firstSegments, blocks: this.blocks.slice(0, n) };
  }

  clear(): void {
    this.length = 0;
  }

  private grow(): void {
    this.starts = doubled(this.starts);
    this.ends = doubled(this.ends);
    this.firstSegments = doubled(this.firstSegments);
  }
}

/** No paragraphs. */
export function noParagraphs(): Paragraphs {
  return { length: 0, starts: new Int32Array(0), ends: new Int32Array(0), firstSegments: new Int32Array(1), blocks: [] };
}
