// Attribution's tokenizer steps over the runs of ASCII letters and digits the mention pass recorded
// (AnalysisContext.wordLengths) instead of reading their characters again. The tokens must be exactly
// those read from the characters alone, for whole paragraphs and for single sentences, on any draft.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TokenBuffer } from '../../src/engine/attribution/tokens';
import { findMentions } from '../../src/engine/mentions';
import { extractProse } from '../../src/engine/prose';
import { findQuotes } from '../../src/engine/quotes';
import { splitSentences } from '../../src/engine/sentences';
import type { DocumentKind } from '../../src/engine/types';
import { awkwardUnicode, markdownDraft } from './properties/arbitraries';
import { bundledIndex, exampleDrafts, namesInList } from './properties/bundled';

/** Every paragraph's and every sentence's tokens as plain records, read with the lengths or without. */
function tokensOf(text: string, kind: DocumentKind, wordLengths: Uint8Array | undefined): string[] {
  const prose = extractProse(text, kind);
  const sentences = splitSentences(text, prose);
  const quotes = findQuotes(text, prose);
  const buffer = new TokenBuffer();
  const firstQuote = (from: number) => quotes.findIndex((q) => q.range.end > from);
  const read = (p: number, within?: { start: number; end: number }) => {
    const first = firstQuote(within ? within.start : prose.paragraphs[p]!.range.start);
    return buffer
      .read(text, prose.paragraphs[p]!, quotes, first < 0 ? quotes.length : first, within, wordLengths)
      .map((t) => [t.start, t.end, t.kind, t.lower, t.cap, t.possessive, t.quote, t.shape].join('|'))
      .join(' ');
  };
  const out = prose.paragraphs.map((_, p) => read(p));
  for (const s of sentences) out.push(read(s.paragraph, s.range));
  return out;
}

/** The lengths the mention pass records for `text`. */
function recordedLengths(text: string, kind: DocumentKind): Uint8Array {
  const prose = extractProse(text, kind);
  const lengths = new Uint8Array(text.length);
  findMentions(text, prose, splitSentences(text, prose), bundledIndex, undefined, lengths);
  return lengths;
}

function assertSameTokens(text: string, kind: DocumentKind = 'markdown'): Uint8Array {
  const lengths = recordedLengths(text, kind);
  assert.deepEqual(tokensOf(text, kind, lengths), tokensOf(text, kind, undefined));
  return lengths;
}

describe('tokens read over the lengths the mention pass recorded', () => {
  const cases: Array<[what: string, text: string]> = [
    ['plain and capitalised words', 'The ministry said talks would resume in Geneva on Monday, officials said.'],
    ['capitals and digits inside a word', 'The iPhone 15Pro sold out, McConnell told NASA and B2B buyers.'],
    ['joined words', "It's the U.S. envoy's view, AT&T's and Crouse-Mays's too, and 3.5 percent of them."],
    ['abbreviations and initials', 'Sen. Warren, D-Mass., and J.R.R. Tolkien met Mr. Smith (R-Ky.) at 9 a.m.'],
    ['possessives', "The officials' statement and Trump’s aides, its staff and he’s done."],
    ['quotes and a nickname', 'Marcia "Cia" Price shouted: “We will not wait,” she said. ‘Fine,’ he said.'],
    ['letters beyond ASCII', 'Zoë Ärlig and Ωmega Кирилл said café naïve Straße résumé.'],
    ['a word longer than a byte can count', `The ${'a'.repeat(300)} word and ${'B'.repeat(256)} said.`],
    ['markup between segments', 'The **ministry** said `code here` and [a link](https://example.org/x) mattered.'],
  ];
  for (const [what, text] of cases) it(what, () => assertSameTokens(text));

  it('a stretch that ends inside a word reads only up to its end', () => {
    const text = 'Officials said the talks would resume.';
    const prose = extractProse(text, 'markdown');
    const lengths = recordedLengths(text, 'markdown');
    const within = { start: 0, end: 7 };
    const read = (wordLengths?: Uint8Array) => new TokenBuffer().read(text, prose.paragraphs[0]!, [], 0, within, wordLengths).map((t) => `${t.start}-${t.end}`);
    assert.deepEqual(read(lengths), ['0-7']);
    assert.deepEqual(read(lengths), read(undefined));
  });

  it('records the words it reads, so the lengths are in use', () => {
    const lengths = assertSameTokens('Officials said the talks would resume.');
    assert.ok(lengths.filter((n) => n > 0).length >= 5);
  });

  it('the example drafts', () => {
    for (const [, text] of exampleDrafts()) assertSameTokens(text);
  });

  it('the report as plain text', () => {
    const [, report] = exampleDrafts().find(([name]) => name === 'report.md')!;
    assertSameTokens(report, 'plaintext');
  });

  it('any draft', () => {
    const names = namesInList();
    fc.assert(fc.property(fc.oneof(markdownDraft(names), awkwardUnicode), (draft) => void assertSameTokens(draft)), { numRuns: 150 });
  });
});
