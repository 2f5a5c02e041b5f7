// A TokenBuffer refills its token objects and hands each read out in an array kept for reads of about
// that length (attribution/tokens.ts). Whatever came before, a read must give exactly the tokens a
// fresh buffer gives: no token left over from a longer read, none missing after a shorter one.
import assert from 'node:assert/strict';
import { giveBackTokenBuffer, REUSED_TOKENS, takeTokenBuffer, Token, TokenBuffer } from '../../src/engine/attribution/tokens';
import { extractProse } from '../../src/engine/prose';
import { findQuotes } from '../../src/engine/quotes';
import { noQuotes } from '../../src/engine/quotes/columns';

/** A paragraph of `words` words ("w0 w1, w2 …"), a comma after every third: about 4 tokens per 3 words. */
function paragraphOf(words: number): string {
  return Array.from({ length: words }, (_, i) => `w${i}${i % 3 === 2 ? ',' : ''}`).join(' ');
}

/** What a test compares of a token: everything a reader of it sees. */
function shown(t: Token): string {
  return `${t.start}-${t.end} ${t.kind} ${t.lower} ${t.cap} ${t.possessive} ${t.quote} ${t.shape}`;
}

function readAll(text: string, buffer: () => TokenBuffer): string[][] {
  const prose = extractProse(text, 'markdown');
  const quotes = findQuotes(text, prose);
  return Array.from({ length: prose.paragraphs.length }, (_, p) => {
    // Every place up to the length, holes included (`map` would pass over them).
    return Array.from(buffer().read(text, prose, p, quotes, 0), (t) => {
      assert.ok(t instanceof Token, 'a token at every place of the array');
      return shown(t);
    });
  });
}

describe('token buffer reads of varying lengths', () => {
  const cases: Array<[what: string, lengths: number[]]> = [
    ['longer, then shorter, then longer again', [40, 3, 90, 12, 200, 1]],
    ['across every size class', [1, 15, 16, 17, 33, 64, 65, 300, 700, 20]],
    ['a read past the most objects kept, then short ones', [5, Math.ceil(REUSED_TOKENS * 1.2), 7, 900, 2]],
    ['the same length over and over', [24, 24, 24, 24]],
  ];
  for (const [what, lengths] of cases) {
    it(`gives what a fresh buffer gives: ${what}`, () => {
      const text = lengths.map(paragraphOf).join('\n\n') + '\n\n"A quote," she said.\n';
      const shared = new TokenBuffer();
      const reused = readAll(text, () => shared);
      const fresh = readAll(text, () => new TokenBuffer());
      assert.deepEqual(reused, fresh);
      // And the reads are what they should be, not merely alike: each word of each paragraph once.
      lengths.forEach((words, p) => assert.equal(reused[p]!.filter((t) => t.includes(' word ')).length, words, `paragraph ${p}`));
    });
  }

  it('hands out no tokens for an empty stretch', () => {
    const text = 'Some words here.\n';
    const prose = extractProse(text, 'markdown');
    const buffer = new TokenBuffer();
    buffer.read(text, prose, 0, noQuotes(), 0);
    assert.equal(buffer.read(text, prose, 0, noQuotes(), 0, { start: 4, end: 5 }).length, 0);
  });

  it('reads as a fresh buffer after an earlier analysis gave it back', () => {
    const first = 'Officials said the plan, reportedly agreed, was dead.\n\n"It is over," Mr. Smith\'s aide said.\n';
    const second = paragraphOf(70) + '\n\n' + paragraphOf(5) + '\n';
    const given = takeTokenBuffer();
    readAll(first, () => given);
    giveBackTokenBuffer(given);
    const taken = takeTokenBuffer();
    assert.equal(taken, given, 'the buffer given back is the one taken next');
    assert.deepEqual(readAll(second, () => taken), readAll(second, () => new TokenBuffer()));
    giveBackTokenBuffer(taken);
  });
});
