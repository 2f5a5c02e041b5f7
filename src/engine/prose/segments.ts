// Turns a paragraph's content lines and the mask of skipped characters into prose segments.
import * as chars from '../text/chars';
import { IntColumn } from '../text/columns';
import type { Segments } from '../types';
import type { SkipMask } from './mask';

const { isWhitespace } = chars;

/** The segments while they are found: columns kept from one analysis to the next (text/columns.ts). */
export class SegmentColumns {
  private readonly starts = new IntColumn();
  private readonly ends = new IntColumn();
  length = 0;

  push(start: number, end: number): void {
    this.starts.set(this.length, start);
    this.ends.set(this.length, end);
    this.length++;
  }

  start(i: number): number {
    return this.starts.get(i);
  }

  end(i: number): number {
    return this.ends.get(i);
  }

  /** Moves the end of the segment pushed last (a segment joined with the next run). */
  extendLast(end: number): void {
    this.ends.set(this.length - 1, end);
  }

  /** The segments pushed since the last take; the columns are empty after. */
  take(): Segments {
    const n = this.length;
    this.length = 0;
    return { length: n, starts: this.starts.copy(n), ends: this.ends.copy(n) };
  }

  clear(): void {
    this.length = 0;
  }
}

/** No segments. */
export function noSegments(): Segments {
  return { length: 0, starts: new Int32Array(0), ends: new Int32Array(0) };
}

/**
 * Segments of the paragraphs of one document, read in text order: the mask's searches then resume
 * where they stopped, and a line without masked characters costs one comparison.
 */
export class SegmentReader {
  constructor(
    private readonly text: string,
    private readonly mask: SkipMask,
  ) {}

  /**
   * Appends to `out` the unmasked runs of the lines lines[from, to) (flat pairs of start, end offsets),
   * trimmed of surrounding whitespace; runs separated only by whitespace (a line break inside a
   * paragraph) are joined into one segment. `trimmed` holds the same lines trimmed, which a line
   * without masked characters (most) takes as they are, without reading its characters again. Returns
   * how many segments it appended; the first is at the length `out` had before.
   */
  segments(lines: number[], trimmed: number[], from: number, to: number, out: SegmentColumns): number {
    const { text, mask } = this;
    let appended = 0;
    for (let li = from; li < to; li += 2) {
      const lineEnd = lines[li + 1];
      let runStart = lines[li];
      while (runStart < lineEnd) {
        const masked = mask.nextMasked(runStart);
        let start: number;
        let end: number;
        if (masked >= lineEnd && runStart === lines[li]) {
          start = trimmed[li];
          end = trimmed[li + 1];
        } else {
          start = runStart;
          end = masked < lineEnd ? masked : lineEnd;
          while (start < end && isWhitespace(text.charCodeAt(start))) start++;
          while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
        }
        if (start < end) {
          if (appended > 0 && onlyWhitespace(text, out.end(out.length - 1), start)) out.extendLast(end);
          else {
            out.push(start, end);
            appended++;
          }
        }
        if (masked >= lineEnd) break;
        runStart = mask.nextUnmasked(masked);
      }
    }
    return appended;
  }
}

function onlyWhitespace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
  return true;
}
