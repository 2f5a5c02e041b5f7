// A step writes its results into columns it keeps between analyses (text/columns.ts and the builders
// on it): each take must hand out exactly what was written since the last, in order, whatever earlier
// analyses left, in arrays of its own.
import assert from 'node:assert/strict';
import { ClaimColumns, claimList } from '../../src/engine/claims/columns';
import { MentionColumns, mentionList } from '../../src/engine/mentions/columns';
import { SegmentColumns } from '../../src/engine/prose/segments';
import { IntColumn } from '../../src/engine/text/columns';
import type { Claim } from '../../src/engine/types';

const claim = (n: number): Claim => ({
  range: { start: n, end: n + 1 }, content: null, status: 'unattributed', hedged: false, hedge: null, speaker: null, source: null, cue: null, method: 'none',
});

describe('result columns kept between analyses', () => {
  const cases: Array<[what: string, rounds: number[]]> = [
    ['a long round, then a short one', [3000, 3]],
    ['a short round, then a long one', [2, 2500]],
    ['empty rounds between others', [0, 5, 0, 0, 17]],
    ['the same length again and again', [8, 8, 8]],
  ];
  for (const [what, rounds] of cases) {
    it(`hands out each round's entries and only those: ${what}`, () => {
      const segments = new SegmentColumns();
      const mentions = new MentionColumns();
      const claims = new ClaimColumns();
      rounds.forEach((count, r) => {
        const starts = Array.from({ length: count }, (_, i) => r * 100_000 + i * 10);
        for (const s of starts) {
          segments.push(s, s + 5);
          mentions.push(s, s + 5, null, `Name ${r}`, 'unlisted', false, undefined, undefined, 0);
          claims.push(claim(s));
        }
        const taken = segments.take();
        assert.deepEqual([...taken.starts], starts, `segments, round ${r}`);
        assert.deepEqual([...taken.ends], starts.map((s) => s + 5));
        assert.deepEqual(mentionList(mentions.take()).map((m) => m.range.start), starts, `mentions, round ${r}`);
        assert.deepEqual(claimList(claims.take()), starts.map(claim), `claims, round ${r}`);
        assert.equal(segments.length + mentions.length + claims.length, 0);
      });
    });
  }

  it('forgets a round that was cleared rather than taken (a step that threw)', () => {
    const segments = new SegmentColumns();
    for (let i = 0; i < 6; i++) segments.push(i, i + 1);
    segments.clear();
    segments.push(100, 102);
    assert.deepEqual([...segments.take().starts], [100]);
  });

  it('hands out arrays of their own: a later round does not change an earlier one', () => {
    const column = new IntColumn(4);
    for (let i = 0; i < 4; i++) column.set(i, i);
    const first = column.copy(4);
    for (let i = 0; i < 9; i++) column.set(i, 10 + i);
    assert.deepEqual([...first], [0, 1, 2, 3]);
    assert.deepEqual([...column.copy(9)], [10, 11, 12, 13, 14, 15, 16, 17, 18]);
    assert.deepEqual([...column.copy(3, Int32Array.of(2, 0, 1))], [12, 10, 11]);
  });
});
