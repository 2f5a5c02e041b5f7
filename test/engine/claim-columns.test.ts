// Claims are kept as columns (types.ts Claims); rules and surfaces read one back as a Claim. What goes in
// must come out, in the order given, and one person's claims share one speaker.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine/analyze';
import { claimAt, claimList, claimsOf, methodAt, noClaims, statusAt } from '../../src/engine/claims/columns';
import type { Claim, Speaker } from '../../src/engine/types';
import { bundledIndex } from './properties/bundled';

const rubio: Speaker = { name: 'Marco Rubio', entity: 'marco-rubio' };

function c(start: number, end: number, fields: Partial<Claim> = {}): Claim {
  return { range: { start, end }, content: null, status: 'unattributed', hedged: false, hedge: null, speaker: null, source: null, cue: null, method: 'none', ...fields };
}

describe('claim columns', () => {
  const CASES: Array<[what: string, claims: Claim[]]> = [
    ['nothing', []],
    ['an unattributed claim', [c(0, 40)]],
    ['a verified claim', [c(0, 40, { status: 'verified' })]],
    [
      'an attributed claim with its reported part, source and cue',
      [c(0, 60, { status: 'attributed', content: { start: 12, end: 59 }, speaker: rubio, source: { start: 0, end: 5 }, cue: { start: 6, end: 10 }, method: 'named' })],
    ],
    ['an anonymous claim', [c(0, 50, { status: 'anonymous', source: { start: 30, end: 49 }, cue: { start: 45, end: 49 }, method: 'anonymous' })]],
    ['a hedged claim with its hedge', [c(0, 50, { hedged: true, hedge: { start: 20, end: 30 } })]],
    ['claims in the order given', [c(50, 90), c(0, 40)]],
  ];
  for (const [what, claims] of CASES) {
    it(`keeps ${what}`, () => assert.deepEqual(claimList(claimsOf(claims)), claims));
  }

  it('keeps one speaker object per person', () => {
    const columns = claimsOf([c(0, 10, { speaker: rubio, method: 'named', status: 'attributed' }), c(20, 30), c(40, 50, { speaker: rubio, method: 'pronoun', status: 'attributed' })]);
    assert.deepEqual([...columns.speaker], [0, -1, 0]);
    assert.equal(claimAt(columns, 2).speaker, rubio);
    assert.equal(statusAt(columns, 1), 'unattributed');
    assert.equal(methodAt(columns, 2), 'pronoun');
    assert.equal(noClaims().length, 0);
  });

  it('is what an analysis hands out, in text order', () => {
    const text = 'Rubio said the talks in Geneva failed on Friday. Russia shelled Kyiv on Monday, killing 12 people.';
    const claims = claimList(analyze(text, 'plaintext', bundledIndex).claims);
    assert.deepEqual(claims.map((x) => [text.slice(x.range.start, x.range.end), x.status]), [
      ['Rubio said the talks in Geneva failed on Friday.', 'attributed'],
      ['Russia shelled Kyiv on Monday, killing 12 people.', 'unattributed'],
    ]);
  });
});
