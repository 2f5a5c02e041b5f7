// A binary search for offsets asked about in text order. Claims asks, sentence after sentence, whether
// a cue word or a mention starts in each: the answer to one question is a step or two past the
// answer to the one before, so a few steps from there come before any binary search.
import { countBelow } from '../text/sorted';

/** Steps tried from the hint before falling back to a binary search (keeps any order of questions logarithmic). */
const NEAR_STEPS = 8;

/**
 * How many of the first `count` values of `sorted` (ascending) are below `value`, as countBelow
 * answers; `hint` is an earlier answer (any index from 0 to `count` serves).
 */
export function countBelowNear(sorted: Int32Array, count: number, value: number, hint: number): number {
  let at = hint < count ? hint : count;
  // Every value before `at` must be below `value` for the walk on to be right.
  if (at > 0 && sorted[at - 1]! >= value) return countBelow(sorted, count, value);
  for (let steps = 0; at < count && sorted[at]! < value; at++) {
    if (++steps > NEAR_STEPS) return countBelow(sorted, count, value);
  }
  return at;
}

/**
 * Whether sorted offsets hold one in a stretch, for stretches asked about in text order (sentence after
 * sentence): each search starts from where the last one ended.
 */
export class NearSearch {
  private near = 0;

  /** Whether one of the first `count` values of `sorted` lies in [from, to). */
  holdsValueIn(sorted: Int32Array, count: number, from: number, to: number): boolean {
    this.near = countBelowNear(sorted, count, from, this.near);
    return this.near < count && sorted[this.near]! < to;
  }
}
