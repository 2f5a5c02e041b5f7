// A step builds its results in a ResultList it keeps between analyses (text/arrays.ts): each take must
// hand out exactly what was pushed since the last, in order, whatever earlier analyses left.
import assert from 'node:assert/strict';
import { ResultList } from '../../src/engine/text/arrays';

interface Item {
  n: number;
}

const items = (from: number, count: number): Item[] => Array.from({ length: count }, (_, i) => ({ n: from + i }));

describe('result lists kept between analyses', () => {
  const cases: Array<[what: string, rounds: number[]]> = [
    ['a long list, then a short one', [40, 3]],
    ['a short list, then a long one', [2, 100]],
    ['empty rounds between others', [0, 5, 0, 0, 17]],
    ['the same length again and again', [8, 8, 8]],
  ];
  for (const [what, rounds] of cases) {
    it(`hands out each round's items and only those: ${what}`, () => {
      const list = new ResultList<Item>();
      rounds.forEach((count, r) => {
        const pushed = items(r * 1000, count);
        for (const item of pushed) list.push(item);
        assert.equal(list.length, count);
        assert.equal(list.last(), pushed[count - 1]);
        const taken = list.take();
        assert.deepEqual(taken, pushed, `round ${r}`);
        assert.equal(list.length, 0);
        assert.equal(list.last(), undefined);
      });
    });
  }

  it('forgets a round that was cleared rather than taken (a step that threw)', () => {
    const list = new ResultList<Item>();
    for (const item of items(0, 6)) list.push(item);
    list.clear();
    const next = items(100, 2);
    for (const item of next) list.push(item);
    assert.deepEqual(list.take(), next);
  });

  it('hands out arrays of their own: a later round does not change an earlier one', () => {
    const list = new ResultList<Item>();
    for (const item of items(0, 4)) list.push(item);
    const first = list.take();
    for (const item of items(10, 4)) list.push(item);
    list.take();
    assert.deepEqual(first.map((i) => i.n), [0, 1, 2, 3]);
  });
});
