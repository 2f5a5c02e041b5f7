// Binary searches over offsets in text order (text/sorted.ts), as a table of cases each.
import assert from 'node:assert/strict';
import { countBelow, firstEndingAfter } from '../../src/engine/text/sorted';

const STARTS = [3, 10, 10, 25, 40];

describe('sorted offsets', () => {
  const below: Array<[value: number, expected: number]> = [[0, 0], [3, 0], [4, 1], [10, 1], [11, 3], [40, 4], [41, 5]];
  for (const [value, expected] of below) {
    it(`${expected} of ${STARTS.join(', ')} are below ${value}`, () => assert.equal(countBelow(STARTS, STARTS.length, value), expected));
  }

  it('counts only the first `count` values', () => assert.equal(countBelow(STARTS, 2, 100), 2));

  const ranges = [{ end: 5 }, { end: 9 }, { end: 20 }];
  const after: Array<[offset: number, expected: number]> = [[0, 0], [4, 0], [5, 1], [9, 2], [19, 2], [20, 3]];
  for (const [offset, expected] of after) {
    it(`the first range ending after ${offset} is #${expected}`, () => assert.equal(firstEndingAfter(ranges, offset), expected));
  }

  it('an empty list has nothing below and nothing after', () => {
    assert.equal(countBelow([], 0, 5), 0);
    assert.equal(firstEndingAfter([], 5), 0);
  });
});
