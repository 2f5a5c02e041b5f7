import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { findQuotes as findQuoteColumns } from '../../src/engine/quotes';
import { quoteList } from '../../src/engine/quotes/columns';
import type { Prose, Quote, Range } from '../../src/engine/types';
import { proseFrom, type ParagraphEntry } from './helpers/prose';

/** The quotes found, as the analysis hands them out. */
function findQuotes(text: string, prose: Prose): Quote[] {
  return quoteList(findQuoteColumns(text, prose));
}

/** Prose with one paragraph per blank-line-separated block, each one segment. */
function plainProse(text: string): Prose {
  const paragraphs: ParagraphEntry[] = [];
  const re = /[^\n]+(?:\n[^\n]+)*/g;
  for (const m of text.matchAll(re)) {
    const range = { start: m.index, end: m.index + m[0].length };
    paragraphs.push({ range, segments: [range], block: 'paragraph' });
  }
  return proseFrom(paragraphs);
}

/** One paragraph whose prose is the given segments (the gaps are skipped markup). */
function segmentedProse(segments: Range[]): Prose {
  return proseFrom([{ range: { start: segments[0].start, end: segments[segments.length - 1].end }, segments, block: 'paragraph' }]);
}

function quoted(text: string, prose = plainProse(text)): string[] {
  return findQuotes(text, prose).map((q) => text.slice(q.range.start, q.range.end));
}

describe('findQuotes', () => {
  const cases: { name: string; text: string; quotes: string[] }[] = [
    { name: 'straight marks', text: '"We are ready," Umerov said.', quotes: ['"We are ready,"'] },
    { name: 'curly marks', text: '“We are ready,” Umerov said.', quotes: ['“We are ready,”'] },
    { name: 'two quotes around a cue', text: '"One," he said. "Two."', quotes: ['"One,"', '"Two."'] },
    { name: 'nested single quotes stay inside', text: '"He told me \'never again,\' and left," she said.', quotes: ['"He told me \'never again,\' and left,"'] },
    { name: 'nested curly single quotes', text: '“He said ‘no’ twice,” she said.', quotes: ['“He said ‘no’ twice,”'] },
    { name: 'apostrophes are not quotes', text: "Kyiv's team won't say. \"It's fine,\" he said.", quotes: ['"It\'s fine,"'] },
    { name: 'partial quote inside a sentence', text: 'Trump called the deal "a disaster" on Friday.', quotes: ['"a disaster"'] },
    { name: 'inch marks after a digit', text: 'He is 6\'2" and carries a 12" pipe.', quotes: [] },
    { name: 'inch mark before a real quote', text: 'A 12" pipe, he said, "is enough."', quotes: ['"is enough."'] },
    { name: 'quote after a dash', text: 'His answer—"never"—was short.', quotes: ['"never"'] },
    { name: 'quote after a parenthesis', text: 'The slogan ("Build it") stuck.', quotes: ['"Build it"'] },
    { name: 'stray closing mark opens nothing', text: 'done." Then he left.', quotes: [] },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(quoted(c.text), c.quotes));
  }

  it('carries an open quote into the next paragraph that opens with a mark', () => {
    const text = '"First part of the quote.\n\n"Second part," he said.\n\nAfter.';
    const qs = findQuotes(text, plainProse(text));
    assert.equal(qs.length, 1);
    assert.equal(text.slice(qs[0].range.start, qs[0].range.end), '"First part of the quote.\n\n"Second part,"');
    assert.deepEqual([qs[0].firstParagraph, qs[0].lastParagraph], [0, 1]);
    assert.equal(qs[0].closed, true);
    assert.equal(text.slice(qs[0].content.start, qs[0].content.end), 'First part of the quote.\n\n"Second part,');
  });

  it('ends an unclosed quote at its paragraph when the next does not open with a mark', () => {
    const text = 'He said, "this never closes.\n\nNext paragraph "here" too.';
    const qs = findQuotes(text, plainProse(text));
    assert.deepEqual(qs.map((q) => [text.slice(q.range.start, q.range.end), q.closed]), [
      ['"this never closes.', false],
      ['"here"', true],
    ]);
    assert.deepEqual([qs[0].firstParagraph, qs[0].lastParagraph], [0, 0]);
  });

  it('ignores marks outside prose segments (code, link destinations)', () => {
    const text = 'Run `say "hi"` and see [it](http://x.test/?q="a") "now," he said.';
    const code = text.indexOf('`say');
    const codeEnd = text.indexOf('` and') + 1;
    const link = text.indexOf('(http');
    const linkEnd = text.indexOf(') "now') + 1;
    const prose = segmentedProse([
      { start: 0, end: code },
      { start: codeEnd, end: link },
      { start: linkEnd, end: text.length },
    ]);
    assert.deepEqual(quoted(text, prose), ['"now,"']);
  });

  it('starts every quote unattributed', () => {
    const [q] = findQuotes('"Yes," he said.', plainProse('"Yes," he said.'));
    assert.deepEqual([q.speaker, q.source, q.cue, q.method], [null, null, null, 'none']);
  });

  describe('scare flag (shape only; attribution clears it when the phrase has a speaker)', () => {
    const scareCases: { text: string; scare: boolean[] }[] = [
      { text: 'Critics call it a "deal of the century" and laugh.', scare: [true] },
      { text: 'She read "War and Peace" twice.', scare: [true] },
      { text: '"We are constructively minded. We are ready," Umerov said.', scare: [false] },
      { text: '"No!" he shouted.', scare: [false] },
      { text: 'the "U.S. plan" was new.', scare: [true] },
      { text: '"This is a long quote of many words," she said.', scare: [false] },
    ];
    for (const c of scareCases) {
      it(c.text, () => assert.deepEqual(findQuotes(c.text, plainProse(c.text)).map((q) => q.scare), c.scare));
    }
  });
});
