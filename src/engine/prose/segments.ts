// Turns a paragraph's content lines and the mask of skipped characters into prose segments.
import * as chars from '../text/chars';
import type { ResultList } from '../text/arrays';
import type { Range } from '../types';
import type { SkipMask } from './mask';

const { isWhitespace } = chars;

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
   * the first segment appended (null: none); the last is `out.last()`.
   */
  segments(lines: number[], trimmed: number[], from: number, to: number, out: ResultList<Range>): Range | null {
    const { text, mask } = this;
    let first: Range | null = null;
    let last: Range | null = null;
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
          if (last !== null && onlyWhitespace(text, last.end, start)) last.end = end;
          else {
            out.push((last = { start, end }));
            first ??= last;
          }
        }
        if (masked >= lineEnd) break;
        runStart = mask.nextUnmasked(masked);
      }
    }
    return first;
  }
}

function onlyWhitespace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
  return true;
}
