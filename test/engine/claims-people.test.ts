// Claims go on from the people attribution recorded (ctx.people: the document's person mentions and
// each attributed quote's speaker), and read with its source reader (ctx.reader), instead of gathering
// them again. The hand-over is a shortcut only: the claims must be exactly those read with the people
// gathered afresh from the quotes, and a second reading of the same context must not see the first
// one's speakers.
import assert from 'node:assert/strict';
import { attributeQuotes } from '../../src/engine/attribution';
import { findClaims } from '../../src/engine/claims';
import { CueMarks } from '../../src/engine/claims/cue-marks';
import type { AnalysisContext } from '../../src/engine/context';
import { findMentions } from '../../src/engine/mentions';
import { extractProse } from '../../src/engine/prose';
import { findQuotes } from '../../src/engine/quotes';
import { splitSentences } from '../../src/engine/sentences';
import type { Claim, DocumentKind } from '../../src/engine/types';
import { bundledIndex } from './properties/bundled';
import { shortcutTests } from './helpers/shortcut';
import { claimList } from '../../src/engine/claims/columns';

function attributedContext(text: string, kind: DocumentKind): AnalysisContext {
  const prose = extractProse(text, kind);
  const sentences = splitSentences(text, prose);
  const cueMarks = new CueMarks();
  const mentions = findMentions(text, prose, sentences, bundledIndex, cueMarks);
  const quotes = findQuotes(text, prose);
  const ctx: AnalysisContext = { text, kind, index: bundledIndex, prose, sentences, mentions, quotes, cueMarks };
  attributeQuotes(ctx);
  return ctx;
}

/** Claims read with attribution's people, then twice more with people gathered afresh: all three equal. */
function assertSameClaims(text: string, kind: DocumentKind): Claim[] {
  const ctx = attributedContext(text, kind);
  assert.equal(ctx.people !== undefined, ctx.quotes.length > 0, 'attribution hands its people on whenever it reads quotes');
  assert.equal(ctx.reader?.people, ctx.people, 'and its source reader, over the same people');
  const handedOver = findClaims(ctx);
  assert.equal(ctx.people, undefined, 'claims take the people; they are not left for another reading');
  assert.equal(ctx.reader, undefined, 'nor the reader');
  assert.deepEqual(findClaims(ctx), handedOver, 'a second reading of the same context');
  assert.deepEqual(findClaims(attributedContext(text, kind)), handedOver);
  return claimList(handedOver);
}

const CASES: Array<[what: string, text: string]> = [
  ['a pronoun claim after a quote', '"We will not sign," Rubio said. He said the talks in Geneva had failed on Friday.'],
  ['a pronoun claim two paragraphs on', '"We will not sign," Rubio said.\n\nTalks went on.\n\nHe said 40 people were hurt in Kyiv.'],
  ['a continued quote, then a claim', '"The plan is dead," Umerov said.\n\n"It was dead in May."\n\nHe said Kyiv would wait.'],
  ['an anonymous quote, then a pronoun', '"No deal," an official said. She said the talks in Geneva would resume on Monday.'],
  ['no quote at all', 'Rubio said the talks in Geneva had failed. He said 40 people were hurt in Kyiv.'],
];

describe('claims: attribution hands its people on', () => {
  shortcutTests(
    {
      cases: CASES,
      kinds: ['markdown'],
      examples: { what: 'claim', atLeast: 11 },
      random: { runs: 150, what: 'cue words, names and quotes' },
    },
    assertSameClaims,
  );
});
