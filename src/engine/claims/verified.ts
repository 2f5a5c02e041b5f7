// Whether a claim is verified: a citation (link, footnote) inside its sentence or right after it, or
// a <!-- verified: … --> marker inside it or after it with nothing but white space between.
import type { AnalysisContext } from '../context';
import { isWhitespace } from '../text/chars';
import { countBelowNear } from './count-near';
import type { CopydeskComment, Range } from '../types';

/**
 * Whether claims are verified, asked sentence after sentence in text order: a citation inside the
 * sentence, or a verified marker inside it or right after it. The citations' starts are read as a
 * column and each search starts from the last answer (a long draft has thousands of links, and a binary
 * search over their objects per sentence read memory all over the heap). What stands between the
 * sentence and a mark after it is read in place: a copy trimmed per claim was much of what the claims
 * step allocated besides the claims.
 */
export class Verification {
  private readonly citationStarts: Int32Array;
  private near = 0;

  constructor(private readonly ctx: AnalysisContext) {
    const { citations } = ctx.prose;
    const starts = (this.citationStarts = new Int32Array(citations.length));
    for (let i = 0; i < citations.length; i++) starts[i] = citations[i]!.start;
  }

  isVerified(r: Range): boolean {
    const { text } = this.ctx;
    const { comments } = this.ctx.prose;
    const starts = this.citationStarts;
    this.near = countBelowNear(starts, starts.length, r.start, this.near);
    for (let i = this.near; i < starts.length && starts[i]! <= r.end + 3; i++) {
      const at = starts[i]!;
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
