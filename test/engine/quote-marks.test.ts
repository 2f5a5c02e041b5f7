// Quotes find their quotation marks through the mention pass's record of them (quotes/marks.ts) instead
// of searching the text again. The record is a shortcut only: for any draft it must hold exactly the
// marks a search of the prose segments finds, and quotes paired through it must be exactly the quotes
// paired from the text (the path taken when there is no record).
import assert from 'node:assert/strict';
import { findMentions } from '../../src/engine/mentions';
import { extractProse } from '../../src/engine/prose';
import { findQuotes } from '../../src/engine/quotes';
import { quoteList } from '../../src/engine/quotes/columns';
import { MarkSearch, QuoteMarks, RecordedMarks } from '../../src/engine/quotes/marks';
import { splitSentences } from '../../src/engine/sentences';
import type { DocumentKind, Prose, Quote } from '../../src/engine/types';
import { bundledIndex } from './properties/bundled';
import { paragraphList } from './helpers/prose';
import { shortcutTests } from './helpers/shortcut';

/** The marks of every prose segment, read character by character. */
function marksInProse(text: string, prose: Prose): number[] {
  const marks: number[] = [];
  for (const para of paragraphList(prose)) {
    for (const seg of para.segments) {
      for (let i = seg.start; i < seg.end; i++) if ('"“”'.includes(text[i]!)) marks.push(i);
    }
  }
  return marks;
}

function recordOf(text: string, kind: DocumentKind): { prose: Prose; record: QuoteMarks } {
  const prose = extractProse(text, kind);
  const record = new QuoteMarks();
  findMentions(text, prose, splitSentences(text, prose), bundledIndex, undefined, record);
  return { prose, record };
}

function assertSameQuotes(text: string, kind: DocumentKind): Quote[] {
  const { prose, record } = recordOf(text, kind);
  assert.ok(record.complete, 'the mention pass did not complete its record');
  assert.deepEqual(Array.from(record.ascending().subarray(0, record.length)), marksInProse(text, prose));
  const read = quoteList(findQuotes(text, prose, record));
  assert.deepEqual(read, quoteList(findQuotes(text, prose)));
  return read;
}

const CASES: Array<[what: string, text: string]> = [
  ['a straight quote with its speaker', '"The plan is dead," Rubio said on Friday.'],
  ['a curly quote', 'Rubio said: “The plan is dead.”'],
  ['marks right after a word and before one', 'He called it"dead"and left.'],
  ['an inch mark', 'The 6\'2" guard said "we are ready" after the game.'],
  ['a nested curly quote', '“He told me “go home” and left,” she said.'],
  ['a quote in inline code only', 'The file `"said".csv` lists 40 people hurt in Kyiv.'],
  ['a quote in a link title only', 'The [report](https://example.org/a "Title") lists 40 people.'],
  ['a quote in an HTML comment only', 'Talks resumed <!-- "not prose" --> in Geneva.'],
  ['a quote across paragraphs', '“The first part,\n\n“and the second,” he said.'],
  ['a quote left open', '"The talks will go on, he said.\n\nThe ministry was silent.'],
  ['a heading with a quote', '# "Dead on arrival"\n\nThe plan, officials said, was dead.'],
  ['a quote in a fenced block', '```\n"code"\n```\n\n"Prose," he said.'],
  ['a quote beside a letter beyond ASCII', 'Café owner said “très bien” and left.'],
  ['a quote beside an astral character', 'The post read “𝒳 marks it” on Friday.'],
];

describe('quote record: quotes through the mention pass equal quotes from the text', () => {
  shortcutTests(
    {
      cases: CASES,
      kinds: ['markdown', 'plaintext'],
      examples: { what: 'quote', atLeast: 6 },
      random: { runs: 300, what: 'quotation marks, names and inline constructs' },
    },
    assertSameQuotes,
  );

  it('an incomplete record is not trusted: the marks are searched for in the text', () => {
    const text = '"The plan is dead," Rubio said.';
    const prose = extractProse(text, 'markdown');
    assert.equal(findQuotes(text, prose, new QuoteMarks()).length, 1);
  });
});

describe('mark finders: the next mark at or after an offset', () => {
  const text = 'a "b" c “d” e';
  const record = new QuoteMarks();
  for (const at of [2, 4, 8, 10]) record.add(at);
  record.complete = true;

  const ASKED: Array<[from: number, next: number]> = [[0, 2], [3, 4], [5, 8], [9, 10], [11, text.length], [40, text.length]];
  for (const [from, next] of ASKED) {
    it(`from ${from}: ${next}, searched and recorded alike`, () => {
      assert.equal(new MarkSearch(text).next(from), next);
      assert.equal(new RecordedMarks(record, text.length).next(from), next);
    });
  }

  it('a recorded reader asked about an earlier offset goes back', () => {
    const reader = new RecordedMarks(record, text.length);
    assert.equal(reader.next(9), 10);
    assert.equal(reader.next(3), 4);
  });
});
