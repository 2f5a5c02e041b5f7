// Vocabulary lookups by a token's shape and text in place (attribution/token-map.ts) must answer exactly
// as a Set of the token's lower-case string would, for every kind of token: capitalised, possessive,
// dotted, beyond ASCII, punctuation and quotes. Each token is asked before its lower case is read, so
// the in-place comparison is what is tested; and the number a token's word gets in the lists' shared
// vocabulary must answer every list asked after the first, whenever each list was made.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TokenMap, TokenSet } from '../../src/engine/attribution/token-map';
import { TokenBuffer, type Token } from '../../src/engine/attribution/tokens';
import { extractProse } from '../../src/engine/prose';
import { findQuotes } from '../../src/engine/quotes';
import { awkwardUnicode, markdownDraft } from './properties/arbitraries';
import { namesInList } from './properties/bundled';

/** Calls `visit` on every token of every paragraph of `text`, each read afresh. */
function eachToken(text: string, visit: (t: Token) => void): void {
  const prose = extractProse(text, 'markdown');
  const quotes = findQuotes(text, prose);
  const buffer = new TokenBuffer();
  let first = 0;
  for (let p = 0; p < prose.paragraphs.length; p++) {
    while (first < quotes.length && quotes.ends[first]! <= prose.paragraphs.starts[p]!) first++;
    for (const t of buffer.read(text, prose, p, quotes, first)) visit(t);
  }
}

/** Asks `words` of every token of `text` in place, then checks each answer against its lower case. */
function assertAnswersAsStrings(text: string, words: readonly string[]): void {
  const set = new TokenSet(words);
  const map = new TokenMap(words.map((w, i) => [w, i] as const));
  const strings = new Set(words);
  eachToken(text, (t) => {
    const has = set.has(t);
    const value = map.get(t);
    const is = words.map((w) => t.is(w));
    const lower = t.lower;
    assert.equal(has, strings.has(lower), `has("${lower}")`);
    assert.equal(value, strings.has(lower) ? words.lastIndexOf(lower) : undefined, `get("${lower}")`);
    words.forEach((w, i) => assert.equal(is[i], lower === w, `"${lower}" is "${w}"`));
  });
}

const TEXT =
  'Mr. Trump’s aides said, “No.” The U.S. envoy, Zoë Ärlig, and the officials’ statement — on 9/11 — ' +
  'reportedly SAID so. McConnell, R-Ky., told reporters it’s "done." AT&T\'s chief and Sen. Warren agreed.';

describe('vocabulary lookups by token shape', () => {
  const cases: Array<[what: string, words: string[]]> = [
    ['plain and capitalised words', ['said', 'the', 'envoy', 'reportedly', 'agreed', 'so']],
    ['words whose case differs from the text', ['no', 'trump', 'mcconnell', 'warren', 'said']],
    ['possessives without their ending', ['trump', 'officials', 'at&t', 'it']],
    ['dotted words and initials', ['mr.', 'u.s.', 'sen.', 'r-ky.', 'u.s']],
    ['words beyond ASCII', ['zoë', 'ärlig', 'zoe']],
    ['punctuation and numbers', [',', '.', '—', '9/11', '9', '11', '"']],
    ['the empty text of a quote token', ['']],
    ['words sharing a shape', ['said', 'sand', 'send', 'seed', 'sad', 'saaid']],
  ];
  for (const [what, words] of cases) {
    it(`answers as a Set of lower-case strings: ${what}`, () => assertAnswersAsStrings(TEXT, words));
  }

  it('answers as strings for one-letter words', () => {
    assertAnswersAsStrings('I saw a cat, X and a dog: A is for apple.', ['a', 'i', 'x', 'is', 'as']);
  });

  it('answers every list from the number a token got when the first was asked', () => {
    // The last word has the shape of one below (fourteen letters, n…d), so asking about that one
    // searches the vocabulary, and finds nothing, before the later list is made.
    const earlier = new TokenSet(['said', 'told', 'notawordatalld']);
    const asked: Token[] = [];
    eachToken('She said it was a newfangledword, he told them.', (t) => {
      if (t.kind === 'word') {
        earlier.has(t);
        asked.push(t);
      }
    });
    // Made after the tokens were asked: one word the vocabulary knew, one it did not.
    const later = new TokenMap([['said', 7], ['newfangledword', 9]] as const);
    const answers = asked.map((t) => [t.lower, earlier.has(t), later.get(t)]);
    assert.deepEqual(answers, [
      ['she', false, undefined], ['said', true, 7], ['it', false, undefined], ['was', false, undefined],
      ['a', false, undefined], ['newfangledword', false, 9], ['he', false, undefined], ['told', true, undefined],
      ['them', false, undefined],
    ]);
  });

  it('keeps the last value of a word given twice, as a Map does', () => {
    const map = new TokenMap([['said', 1], ['said', 2]] as const);
    eachToken('She said.', (t) => {
      if (t.kind === 'word' && t.end - t.start === 4) assert.equal(map.get(t), 2);
    });
  });

  it('answers as strings on any draft, for the words of another', () => {
    const names = namesInList();
    fc.assert(
      fc.property(markdownDraft(names), fc.oneof(markdownDraft(names), awkwardUnicode), (draft, other) => {
        const words: string[] = [];
        eachToken(other, (t) => words.push(t.lower));
        assertAnswersAsStrings(draft, [...words.slice(0, 60), 'said', 'the', "'"]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('questions about a token asked in place', () => {
  /** Asks each question before the token's lower case is read, then checks it against that string. */
  function assertInPlaceAnswers(text: string, suffixes: readonly string[]): void {
    eachToken(text, (t) => {
      const length = t.lowerLength;
      const codes = [0, 1, -1, 40].map((k) => t.lowerCodeAt(k));
      const ends = suffixes.map((s) => t.endsWith(s));
      const digit = t.startsWithDigit();
      const lower = t.lower;
      assert.equal(length, lower.length, `length of "${lower}"`);
      assert.deepEqual(codes, [0, 1, -1, 40].map((k) => lower.charCodeAt(k)), `codes of "${lower}"`);
      suffixes.forEach((s, i) => assert.equal(ends[i], lower.endsWith(s), `"${lower}" ends with "${s}"`));
      assert.equal(digit, /^[0-9]/.test(lower), `"${lower}" starts with a digit`);
    });
  }

  const cases: Array<[what: string, text: string, suffixes: string[]]> = [
    ['plain, capitalised and shouted words', 'Reportedly SAID so, Officials say; Nearly done.', ['s', 'ly', 'ed', 'said', '']],
    ['possessives and dotted words', "Mr. Trump's aides and the officials' statement: U.S. envoy (D-Mo.).", ['s', "'s", '.', 'p', 'mr.']],
    ['numbers and ages', 'The 27-year-old said 9/11 and 3.5% were 2nd.', ['-old', 'd', '5%', '']],
    ['words beyond ASCII and quotes', 'Zoë Ärlig said, “No,” ÉTIENNE agreed.', ['ë', 'g', 'ne', 'ed']],
  ];
  for (const [what, text, suffixes] of cases) {
    it(`answers as the lower-case string: ${what}`, () => assertInPlaceAnswers(text, suffixes));
  }
});
