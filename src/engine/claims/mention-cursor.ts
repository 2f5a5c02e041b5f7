// Whether a mention starts in a stretch of text, asked sentence after sentence in text order. A cursor
// walks the mentions forward once per analysis, where a binary search per question would jump through
// the whole list and miss the cache at every step.
import type { Mention } from '../types';

export class MentionCursor {
  /** The first mention that may start at or after the last question's start. */
  private next = 0;

  /** `mentions` sorted by start, as the mentions step returns them. */
  constructor(private readonly mentions: readonly Mention[]) {}

  /** Whether a mention starts in [from, to). A question that goes back is answered by a binary search. */
  startsIn(from: number, to: number): boolean {
    const ms = this.mentions;
    let i = this.next;
    if (i > 0 && ms[i - 1].range.start >= from) i = firstFrom(ms, from);
    while (i < ms.length && ms[i].range.start < from) i++;
    this.next = i;
    return i < ms.length && ms[i].range.start < to;
  }
}

function firstFrom(ms: readonly Mention[], offset: number): number {
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].range.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
