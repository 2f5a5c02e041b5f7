// Binary searches over offsets in text order: sorted numbers (mention and cue-word starts, people's
// offsets) and ranges that do not overlap (tokens, segments).

/** How many of the first `count` values of `sorted` (ascending) are below `value`: a binary search. */
export function countBelow(sorted: ArrayLike<number>, count: number, value: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first of sorted[from, to) (ascending) above `value`; `to` if none. */
export function firstAbove(sorted: ArrayLike<number>, value: number, from: number, to: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the first of items[from, to) (in text order, not overlapping) that ends after `offset`; `to`
 * if none. By default all of them.
 */
export function firstEndingAfter(items: readonly { end: number }[], offset: number, from = 0, to = items.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
