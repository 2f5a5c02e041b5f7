// countBelowNear (claims/count-near.ts) starts from an earlier answer: whatever the hint, it must answer
// as the plain binary search does, including when the answer is far from the hint, before it or after.
import assert from 'node:assert/strict';
import { countBelowNear, NearSearch } from '../../src/engine/claims/count-near';
import { countBelow } from '../../src/engine/text/sorted';

/** Offsets with repeats and a long run, so a gallop from the hint takes several doubling steps. */
const STARTS = Int32Array.from([3, 10, 10, 25, 40, ...Array.from({ length: 20 }, (_, i) => 50 + i), 90]);

describe('counting offsets below a value from a hint', () => {
  const cases: Array<[value: number, hint: number, expected: number]> = [
    [0, 0, 0], // nothing below
    [11, 1, 3], // a step or two on from the hint
    [11, 3, 3], // the hint is the answer
    [4, 5, 1], // the hint is past the answer: searched back
    [68, 0, 23], // far past the hint: steps that double, then a search between the last two
    [51, 24, 2 + 4], // far before the hint: the same backwards
    [-5, 999, 0], // before everything, from past the end
    [1000, 2, STARTS.length], // everything below
    [45, 999, 5], // a hint past the end
  ];
  for (const [value, hint, expected] of cases) {
    it(`${expected} below ${value}, from hint ${hint}`, () => assert.equal(countBelowNear(STARTS, STARTS.length, value, hint), expected));
  }

  it('agrees with the binary search for every value and every hint', () => {
    for (let value = -1; value <= 92; value++) {
      const expected = countBelow(STARTS, STARTS.length, value);
      for (let hint = 0; hint <= STARTS.length + 1; hint++) assert.equal(countBelowNear(STARTS, STARTS.length, value, hint), expected, `value ${value}, hint ${hint}`);
    }
  });

  it('reads only the first `count` values', () => assert.equal(countBelowNear(STARTS, 3, 1000, 0), 3));

  it('agrees with the binary search over a long column, from hints near and far', () => {
    const long = Int32Array.from({ length: 5000 }, (_, i) => i * 3 - (i % 7 === 0 ? 1 : 0));
    for (const value of [-1, 0, 2, 3, 299, 7500, 14_996, 14_997, 20_000]) {
      const expected = countBelow(long, long.length, value);
      for (const hint of [-3, 0, 1, 99, 100, 101, 2499, 2500, 4999, 5000, 6000]) {
        assert.equal(countBelowNear(long, long.length, value, hint), expected, `value ${value}, hint ${hint}`);
      }
    }
  });

  it('answers whether a stretch holds a value, stretch after stretch, as a fresh search would', () => {
    const search = new NearSearch();
    const stretches: Array<[from: number, to: number]> = [[0, 3], [0, 4], [4, 10], [10, 11], [26, 40], [40, 41], [55, 56], [70, 90], [90, 91], [3, 4]];
    for (const [from, to] of stretches) {
      const at = countBelow(STARTS, STARTS.length, from);
      const expected = at < STARTS.length && STARTS[at]! < to;
      assert.equal(search.holdsValueIn(STARTS, STARTS.length, from, to), expected, `[${from}, ${to})`);
    }
  });
});
