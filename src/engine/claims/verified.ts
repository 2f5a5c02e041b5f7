// Whether a claim is verified: a citation (link, footnote) inside its sentence or right after it, or
// a <!-- verified: … --> marker inside it or after it with nothing but white space between.
import type { AnalysisContext } from '../context';
import { isWhitespace } from '../text/chars';
import { firstStartingFrom } from '../text/sorted';
import type { CopydeskComment, Range } from '../types';

/**
 * A citation inside the sentence, or a verified marker inside it or right after it. What stands
 * between the sentence and a mark after it is read in place: a copy trimmed per claim was much of
 * what the claims step allocated besides the claims.
 */
export function isVerified(ctx: AnalysisContext, r: Range): boolean {
  const { text } = ctx;
  const { citations, comments } = ctx.prose;
  for (let i = firstStartingFrom(citations, r.start); i < citations.length && citations[i].start <= r.end + 3; i++) {
    const at = citations[i].start;
    if (at < r.end) return true;
    // "… on Monday.[^1]": a footnote or link right after the sentence.
    if (onlySpaceAndBracket(text, r.end, at)) return true;
  }
  for (let i = firstCommentFrom(comments, r.start); i < comments.length; i++) {
    const m = comments[i];
    if (m.kind !== 'verified') {
      if (m.range.start > r.end) break;
      continue;
    }
    return m.range.start <= r.end + 1 || onlySpace(text, r.end, m.range.start);
  }
  return false;
}

/** text[from, to) is white space and at most one "[". */
function onlySpaceAndBracket(text: string, from: number, to: number): boolean {
  let brackets = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b && ++brackets === 1) continue;
    if (!isWhitespace(c)) return false;
  }
  return true;
}

/** text[from, to) is white space (or empty). */
function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
  return true;
}

/** The first comment (sorted by start) that starts at or after `offset`: a binary search. */
function firstCommentFrom(comments: readonly CopydeskComment[], offset: number): number {
  let lo = 0;
  let hi = comments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (comments[mid].range.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
