// The disable comments, over several rules and lines, and the runner's ordering.
import assert from 'node:assert/strict';
import { runRules } from '../../../src/engine/rules/index';
import { claim, context, quote } from './helper';
import { claimsOf, noClaims } from '../../../src/engine/claims/columns';

const sentences = ['Alpha fell reportedly.', 'Beta rose reportedly.', 'Gamma held reportedly.'];

/** Three hedged, unsourced claims, one per paragraph, with `between[i]` written before sentence i. */
function run(between: string[]): string[] {
  const text = sentences.map((s, i) => `${between[i] ?? ''}${s}`).join('\n\n');
  const claims = sentences.map((s) => {
    const c = claim(text, s, { hedged: true });
    return { ...c, hedge: { start: c.range.end - 'reportedly.'.length, end: c.range.end - 1 } };
  });
  return runRules(context({ text }), claimsOf(claims), {}).map((f) => `${text.slice(f.range.start, f.range.end).split(' ')[0]}:${f.rule}`);
}

describe('disable comments', () => {
  const cases: Array<{ name: string; between: string[]; expect: string[] }> = [
    {
      name: 'no comments: each sentence gets both rules, in text order',
      between: [],
      expect: ['Alpha:unattributed-claim', 'reportedly:hedged-claim', 'Beta:unattributed-claim', 'reportedly:hedged-claim', 'Gamma:unattributed-claim', 'reportedly:hedged-claim'],
    },
    {
      name: 'disable with no ids switches every rule off to the end',
      between: ['', '<!-- copydesk-disable -->\n'],
      expect: ['Alpha:unattributed-claim', 'reportedly:hedged-claim'],
    },
    {
      name: 'disable one rule, enable it again',
      between: ['<!-- copydesk-disable hedged-claim -->\n', '<!-- copydesk-enable hedged-claim -->\n'],
      expect: ['Alpha:unattributed-claim', 'Beta:unattributed-claim', 'reportedly:hedged-claim', 'Gamma:unattributed-claim', 'reportedly:hedged-claim'],
    },
    {
      name: 'disable all, then enable one rule',
      between: ['<!-- copydesk-disable -->\n', '<!-- copydesk-enable unattributed-claim -->\n'],
      expect: ['Beta:unattributed-claim', 'Gamma:unattributed-claim'],
    },
    {
      name: 'disable two ids, enable all',
      between: ['<!-- copydesk-disable hedged-claim unattributed-claim -->\n', '', '<!-- copydesk-enable -->\n'],
      expect: ['Gamma:unattributed-claim', 'reportedly:hedged-claim'],
    },
    {
      name: 'disable-next-line covers the next line only',
      between: ['', '<!-- copydesk-disable-next-line -->\n'],
      expect: ['Alpha:unattributed-claim', 'reportedly:hedged-claim', 'Gamma:unattributed-claim', 'reportedly:hedged-claim'],
    },
    {
      name: 'disable-next-line with an id leaves the other rules',
      between: ['<!-- copydesk-disable-next-line hedged-claim -->\n'],
      expect: ['Alpha:unattributed-claim', 'Beta:unattributed-claim', 'reportedly:hedged-claim', 'Gamma:unattributed-claim', 'reportedly:hedged-claim'],
    },
    {
      name: 'a disable-next-line on the same line as the finding does not cover it',
      between: ['', '<!-- copydesk-disable-next-line --> '],
      expect: ['Alpha:unattributed-claim', 'reportedly:hedged-claim', 'Beta:unattributed-claim', 'reportedly:hedged-claim', 'Gamma:unattributed-claim', 'reportedly:hedged-claim'],
    },
    {
      name: 'unknown ids are ignored',
      between: ['<!-- copydesk-disable no-such-rule -->\n'],
      expect: ['Alpha:unattributed-claim', 'reportedly:hedged-claim', 'Beta:unattributed-claim', 'reportedly:hedged-claim', 'Gamma:unattributed-claim', 'reportedly:hedged-claim'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(run(c.between), c.expect));
  }
});

describe('runRules', () => {
  it('keeps going when one rule meets data it cannot read', () => {
    const text = '"Hello." Bye.';
    // Quotes without their starts make unattributed-quote fail; the other rules still report.
    const ctx = context({ text, quotes: [quote(text, '"Hello."')] });
    const broken = { ...ctx, quotes: { ...ctx.quotes, starts: null as never } };
    const findings = runRules(broken, claimsOf([claim(text, 'Bye.')]), {});
    assert.deepEqual(findings.map((f) => f.rule), ['unattributed-claim']);
  });
  it('quotes a long quote in a message by its first words only', () => {
    const words = 'We have already held preliminary consultations with our European colleagues.';
    const text = `"${words}"`;
    const [finding] = runRules(context({ text, quotes: [quote(text, text)] }), noClaims(), {});
    assert.equal(finding.message, 'Quote “We have already held preliminary consult…” has no speaker: say who said it (“…,” Name said).');
  });
  it('returns nothing for an empty document', () => {
    assert.deepEqual(runRules(context({ text: '' }), noClaims(), {}), []);
  });
});
