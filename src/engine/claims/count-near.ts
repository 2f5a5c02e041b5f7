// A search for offsets asked about in text order. Claims asks, sentence after sentence, whether a cue
// word or a mention starts in each, and attribution which mention ends a subject it reads back to: the
// answer to one question lies a few entries from the answer to the one before, forward or back.

/**
 * How many of the first `count` values of `sorted` (ascending) are below `value`, as countBelow
 * answers; `hint` is an earlier answer (any number serves). It gallops from the hint, forward or back,
 * in steps that double, then searches the stretch they bracket: a question near the last reads a few
 * entries close together however long the column (a binary search over a long draft's 65,000
 * mentions reads sixteen, most of them far apart in memory), and any question stays logarithmic.
 */
export function countBelowNear(sorted: Int32Array, count: number, value: number, hint: number): number {
  const at = hint < 0 ? 0 : hint < count ? hint : count;
  // The answer lies in [lo, hi]: sorted[hi] is at or above `value` (or hi is `count`).
  let lo: number;
  let hi: number;
  if (at > 0 && sorted[at - 1]! >= value) {
    hi = at - 1;
    let step = 1;
    let probe = hi - 1;
    while (probe >= 0 && sorted[probe]! >= value) {
      hi = probe;
      step <<= 1;
      probe = hi - step;
    }
    lo = probe < 0 ? 0 : probe + 1;
  } else {
    lo = at;
    let step = 1;
    let probe = at;
    while (probe < count && sorted[probe]! < value) {
      lo = probe + 1;
      probe = lo + step;
      step <<= 1;
    }
    hi = probe < count ? probe : count;
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
