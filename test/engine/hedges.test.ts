// Where a hedge stands in a sentence (claims/hedges.ts): the hedge found must be what a plain search of
// the lower-case words finds.
import assert from 'node:assert/strict';
import { TokenBuffer, type Token } from '../../src/engine/attribution/tokens';
import { findHedge } from '../../src/engine/claims/hedges';
import { extractProse } from '../../src/engine/prose';
import { findQuotes } from '../../src/engine/quotes';
import type { Range } from '../../src/engine/types';
import { HEDGES } from '../../src/engine/vocabulary/hedges';

function tokensOf(text: string): Token[] {
  const prose = extractProse(text, 'markdown');
  return new TokenBuffer().read(text, prose, 0, findQuotes(text, prose), 0).slice();
}

/** The first hedge in tokens[a, b), found by comparing lower-case strings. */
function plainHedge(tokens: Token[], a: number, b: number): Range | null {
  for (let i = a; i < b; i++) {
    for (const hedge of HEDGES) {
      if (hedge.every((word, k) => i + k < b && tokens[i + k]!.kind === 'word' && tokens[i + k]!.lower === word)) {
        return { start: tokens[i]!.start, end: tokens[i + hedge.length - 1]!.end };
      }
    }
  }
  return null;
}

describe('hedges in a sentence read for claims', () => {
  const cases: Array<[what: string, text: string]> = [
    ['no hedge, a cue', 'Officials said the bridge would reopen on Monday.'],
    ['a one-word hedge', 'The minister reportedly resigned on Friday.'],
    ['a hedge opening the sentence, capitalised', 'Reportedly, the talks in Geneva collapsed.'],
    ['a hedge in capitals', 'The deal was REPORTEDLY signed in Doha.'],
    ['a hedge of several words', 'It is understood that the ministry will appeal the ruling.'],
    ['a hedge inside a quote is no word of the sentence', 'He said "allegedly" three times before the vote.'],
    ['two hedges: the first is found', 'The mayor allegedly took bribes, police reportedly said.'],
    ['cues of several kinds', 'According to the ministry, she told reporters, saying it was called off.'],
  ];
  for (const [what, text] of cases) {
    it(`finds the hedge a plain search finds: ${what}`, () => {
      const tokens = tokensOf(text);
      for (const [a, b] of [[0, tokens.length], [1, tokens.length - 1]] as const) {
        assert.deepEqual(findHedge(tokens, a, b), plainHedge(tokens, a, b), `hedge in [${a}, ${b})`);
      }
    });
  }
});
