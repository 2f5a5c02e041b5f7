// Turns a paragraph's content lines and the mask of skipped characters into prose segments.
import * as chars from '../text/chars';
import type { Range } from '../types';

const { isWhitespace } = chars;

/**
 * The unmasked runs of the given lines, trimmed of surrounding whitespace; runs separated only by
 * whitespace (a line break inside a paragraph) are joined into one segment.
 */
export function proseSegments(text: string, mask: Uint8Array, lines: number[]): Range[] {
  const segments: Range[] = [];
  for (let li = 0; li < lines.length; li += 2) {
    const lineStart = lines[li];
    const lineEnd = lines[li + 1];
    // Native searches of the mask, bounded to the line by a view (no copy).
    const line = mask.subarray(lineStart, lineEnd);
    let k = 0;
    while (k < line.length) {
      const runStart = line.indexOf(0, k);
      if (runStart < 0) break;
      let runEnd = line.indexOf(1, runStart);
      if (runEnd < 0) runEnd = line.length;
      k = runEnd;
      let start = lineStart + runStart;
      let end = lineStart + runEnd;
      while (start < end && isWhitespace(text.charCodeAt(start))) start++;
      while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
      if (start === end) continue;
      const last = segments.length > 0 ? segments[segments.length - 1] : null;
      if (last && onlyWhitespace(text, last.end, start)) last.end = end;
      else segments.push({ start, end });
    }
  }
  return segments;
}

function onlyWhitespace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
  return true;
}
