// The paragraphs of a draft while they are found: columns kept from one analysis to the next, handed
// out as exact copies, as the other result columns are (text/columns.ts).
import { IntColumn } from '../text/columns';
import type { BlockKind, Paragraphs } from '../types';

export class ParagraphColumns {
  private readonly starts = new IntColumn();
  private readonly ends = new IntColumn();
  /** One more entry than paragraphs at take: where the last paragraph's segments end. */
  private readonly firstSegments = new IntColumn();
  private blocks: BlockKind[] = [];
  length = 0;

  /** Adds a paragraph whose segments begin at `firstSegment` of the prose's segments. */
  push(start: number, end: number, firstSegment: number, block: BlockKind): void {
    this.starts.set(this.length, start);
    this.ends.set(this.length, end);
    this.firstSegments.set(this.length, firstSegment);
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
    this.firstSegments.set(n, segmentCount);
    return { length: n, starts: this.starts.copy(n), ends: this.ends.copy(n), firstSegments: this.firstSegments.copy(n + 1), blocks: this.blocks.slice(0, n) };
  }

  clear(): void {
    this.length = 0;
  }
}

/** No paragraphs. */
export function noParagraphs(): Paragraphs {
  return { length: 0, starts: new Int32Array(0), ends: new Int32Array(0), firstSegments: new Int32Array(1), blocks: [] };
}
