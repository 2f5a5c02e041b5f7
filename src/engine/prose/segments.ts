// Turns a paragraph's content lines and the mask of skipped characters into prose segments.
import { isWhitespace } from '../text/chars';
import type { Range } from '../types';

/**
 * The unmasked runs of the given lines, trimmed of surrounding whitespace; runs separated only by
 * whitespace (a line break inside a paragraph) are joined into one segment.
 */
export function proseSegments(text: string, mask: Uint8Array, lines: number[]): Range[] {
  const segments: Range[] = [];
  for (let li = 0; li < lines.length; li += 2) {
    const lineEnd = lines[li + 1];
    let i = lines[li];
    while (i < lineEnd) {
      while (i < lineEnd && (mask[i] === 1 || isWhitespace(text.charCodeAt(i)))) i++;
      if (i >= lineEnd) break;
      const start = i;
      let end = i;
      while (i < lineEnd && mask[i] !== 1) {
        if (!isWhitespace(text.charCodeAt(i))) end = i + 1;
        i++;
      }
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
