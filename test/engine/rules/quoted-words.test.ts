// Whether an offset lies in a quote's words (rules/text.ts quotedWords), the test title-mismatch and
// first-reference make before reporting a name: it must answer as a look at every quote would, for
// offsets asked in any order, with scare quotes counting as the writer's words, and on quotes that
// come out of text order.
import assert from 'node:assert/strict';
import { quotesOf } from '../../../src/engine/quotes/columns';
import { quotedWords } from '../../../src/engine/rules/text';
import type { Quote } from '../../../src/engine/types';

function quote(start: number, end: number, scare = false): Quote {
  return {
    range: { start, end },
    content: { start: start + 1, end: end - 1 },
    closed: true,
    firstParagraph: 0,
    lastParagraph: 0,
    scare,
    speaker: null,
    source: null,
    cue: null,
    method: 'none',
  };
}

/** What a look at every quote says of `offset`. */
function inWords(quotes: Quote[], offset: number): boolean {
  return quotes.some((q) => !q.scare && q.content.start <= offset && offset < q.content.end);
}

describe('quotedWords', () => {
  const cases: Array<[what: string, quotes: Quote[]]> = [
    ['no quotes', []],
    ['quotes apart, a scare quote between', [quote(5, 12), quote(20, 26, true), quote(30, 41)]],
    ['quotes side by side', [quote(0, 4), quote(4, 9), quote(9, 15)]],
    ['quotes out of text order', [quote(30, 41), quote(5, 12), quote(20, 26)]],
  ];
  for (const [what, quotes] of cases) {
    it(`answers as a look at every quote: ${what}`, () => {
      const offsets = Array.from({ length: 46 }, (_, i) => i);
      // In text order, as the rules ask, then backwards, then jumping about.
      for (const order of [offsets, [...offsets].reverse(), offsets.map((_, i) => (i * 17) % offsets.length)]) {
        const quoted = quotedWords(quotesOf(quotes));
        for (const offset of order) assert.equal(quoted(offset), inWords(quotes, offset), `offset ${offset}`);
      }
    });
  }
});
