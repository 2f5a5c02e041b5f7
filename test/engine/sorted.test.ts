// Binary searches over offsets in text order (text/sorted.ts), as a table of cases each.
import assert from 'node:assert/strict';
import { countBelow, firstEndingAfter, holdsValueIn } from '../../src/engine/text/sorted';

const STARTS = [3, 10, 10, 25, 40];

describe('sorted offsets', () => {
  const below: Array<[value: number, expected: number]> = [[0, 0], [3, 0], [4, 1], [10, 1], [11, 3], [40, 4], [41, 5]];
  for (const [value, expected] of below) {
    it(`${expected} of ${STARTS.join(', ')} are below ${value}`, () => assert.equal(countBelow(STARTS, STARTS.length, value), expected));
  }

  it('counts only the first `count` values', () => assert.equal(countBelow(STARTS, 2, 100), 2));

  const within: Array<[from: number, to: number, expected: boolean]> = [
    [0, 3, false], [0, 4, true], [4, 10, false], [4, 11, true], [26, 40, false], [40, 41, true], [41, 99, false], [10, 10, false],
  ];
  for (const [from, to, expected] of within) {
    it(`[${from}, ${to}) ${expected ? 'holds' : 'holds none of'} ${STARTS.join(', ')}`, () =>
      assert.equal(holdsValueIn(Int32Array.from(STARTS), STARTS.length, from, to), expected));
  }

  const ranges = [{ end: 5 }, { end: 9 }, { end: 20 }];
  const after: Array<[offset: number, expected: number]> = [[0, 0], [4, 0], [5, 1], [9, 2], [19, 2], [20, 3]];
  for (const [offset, expected] of after) {
    it(`the first range ending after ${offset} is #${expected}`, () => assert.equal(firstEndingAfter(ranges, offset), expected));
  }

  it('an empty list has nothing below, nothing within, nothing after', () => {
    assert.equal(countBelow([], 0, 5), 0);
    assert.equal(holdsValueIn(new Int32Array(0), 0, 0, 99), false);
    assert.equal(firstEndingAfter([], 5), 0);
  });
});
