// Claims find the sentences that may report a statement through the mention pass's record of cue and
// hedge words (claims/cue-marks.ts) instead of reading every sentence's characters again. The record is
// a shortcut only: for any draft, claims read through it must be exactly the claims read from the
// characters (the path taken when there is no record).
import assert from 'node:assert/strict';
import { CueMarks } from '../../src/engine/claims/cue-marks';
import { findClaims } from '../../src/engine/claims';
import type { AnalysisContext } from '../../src/engine/context';
import { findMentions } from '../../src/engine/mentions';
import { extractProse } from '../../src/engine/prose';
import { findQuotes } from '../../src/engine/quotes';
import { attributeQuotes } from '../../src/engine/attribution';
import { splitSentences } from '../../src/engine/sentences';
import type { Claim, DocumentKind } from '../../src/engine/types';
import { bundledIndex } from './properties/bundled';
import { shortcutTests } from './helpers/shortcut';
import { claimList } from '../../src/engine/claims/columns';

/** The claims of `text`, with the record when `withMarks`, from the characters otherwise. */
function claimsOf(text: string, kind: DocumentKind, withMarks: boolean): { claims: Claim[]; marks: CueMarks | undefined } {
  const prose = extractProse(text, kind);
  const sentences = splitSentences(text, prose);
  const marks = withMarks ? new CueMarks() : undefined;
  const mentions = findMentions(text, prose, sentences, bundledIndex, marks);
  const quotes = findQuotes(text, prose);
  const ctx: AnalysisContext = { text, kind, index: bundledIndex, prose, sentences, mentions, quotes, cueMarks: marks };
  attributeQuotes(ctx);
  return { claims: claimList(findClaims(ctx)), marks };
}

function assertSameClaims(text: string, kind: DocumentKind): Claim[] {
  const read = claimsOf(text, kind, true);
  assert.ok(read.marks?.complete, 'the mention pass did not complete its record');
  const scanned = claimsOf(text, kind, false).claims;
  assert.deepEqual(read.claims, scanned);
  return read.claims;
}

const CASES: Array<[what: string, text: string]> = [
  ['a cue word in plain prose', 'The ministry said the talks would resume in Geneva on Monday.'],
  ['a cue word as the last word of a paragraph', 'The talks in Geneva will resume on Monday, officials said'],
  ['a hedge opening the sentence', 'Reportedly the delegation left Geneva early on Friday afternoon.'],
  ['"According to" capitalised', 'According to the ministry, 40 people were hurt in the attack.'],
  ['a cue word inside inline code only', 'The file `said_it.csv` lists 40 people hurt in the attack on Kyiv.'],
  ['a cue word in a link destination only', 'The [report](https://example.org/said) lists 40 people hurt in Kyiv.'],
  ['a cue word cut by inline code', 'The minister sa`id` that 40 people were hurt in the attack on Kyiv.'],
  ['a cue word between emphasis marks', 'The minister _said_ that 40 people were hurt in the attack on Kyiv.'],
  ['a cue word inside a longer word', 'The unsaid rule kept 40 delegates in Geneva until Friday night.'],
  ['a cue word with a letter beyond ASCII', 'The minister saidé that 40 people were hurt in the attack on Kyiv.'],
  ['a cue word after a letter beyond ASCII', 'The café said that 40 people were hurt in the attack on Kyiv.'],
  ['a cue word in capitals', 'THE MINISTER SAID THAT 40 PEOPLE WERE HURT IN THE ATTACK ON KYIV.'],
  ['a possessive and a contraction', "Kyiv's mayor said it's likely 40 people were hurt on Friday."],
  ['a hyphenated cue word', 'The re-stated plan, officials said, covers 40 towns in the east of Ukraine.'],
  ['several sentences, one with a cue', 'Talks resumed in Geneva. The ministry said 40 people were hurt. Kyiv was calm.'],
  ['a quote with its speaker', '"The plan is dead," Rubio said on Friday in Geneva after the talks.'],
  ['a heading with a cue word', '# The minister said 40 people were hurt\n\nTalks resumed in Geneva on Friday.'],
  ['a cue word in a fenced block', '```\nThe minister said 40 people were hurt.\n```\n\nTalks resumed in Geneva on Friday.'],
];

describe('cue record: claims through the mention pass equal claims from the characters', () => {
  shortcutTests(
    {
      cases: CASES,
      kinds: ['markdown', 'plaintext'],
      examples: { what: 'claim', atLeast: 11 },
      random: { runs: 300, what: 'cue words, names and inline constructs' },
    },
    assertSameClaims,
  );
});
