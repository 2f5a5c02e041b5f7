// Words, punctuation and whole quotes of one paragraph, in order: what attribution reads.
// A quote is one token, so "…," he said reads as QUOTE , he said.
import { firstAbove, firstEndingAfter } from '../text/sorted';
import { contentEnd, contentStart } from '../quotes/columns';
import type { Prose, Quotes, Range } from '../types';
import { SHAPES, shapeOf, shapeOfWord } from './shape';

export type TokenKind = 'word' | 'punct' | 'quote';

/** How a word token's lower case is made from its text, when it is first read (see Token.lower). */
const enum Lowering {
  /** Made already (or never needed: punctuation, quotes). */
  Done,
  /** Lower-case already: the text itself. */
  AsIs,
  /** An ASCII capital, then lower-case ASCII. */
  FirstCapital,
  /** Any other word: toLowerCase. */
  Full,
}

/** A token's `vocab` before any list was asked about it: not among the vocabulary's first 0 words (see token-map.ts). */
const NOT_LOOKED_UP = -1;

export class Token {
  start = 0;
  end = 0;
  kind: TokenKind = 'word';
  /** Starts with a capital letter. */
  cap = false;
  possessive = false;
  /** Index into the quotes array for quote tokens, else -1. */
  quote = -1;
  /** The lower-case word's length and first and last letters (see shapeOf); -1 for other tokens. */
  shape = -1;
  /**
   * The number of its word in the lists' vocabulary once a list was asked about it, or -1 - n when it
   * is not among the vocabulary's first n words (see token-map.ts).
   */
  vocab = NOT_LOOKED_UP;
  /**
   * The lower case once made. Most words are never read as strings (their shape rules them out of
   * every lookup, see token-map.ts), so a plain word's is made on first read: a string per token was about a
   * third of the garbage an analysis made.
   */
  private lowered = '';
  private lowering = Lowering.Done;
  /** The text the word is in, for making its lower case. */
  private source = '';

  /** Lower-case text without a possessive ending ("trump" for "Trump's"). */
  get lower(): string {
    if (this.lowering === Lowering.Done) return this.lowered;
    this.lowered = lowerCase(this.source, this.start, this.end, this.lowering);
    this.lowering = Lowering.Done;
    return this.lowered;
  }

  /** Whether the lower-case text is `word`, compared in place: no string is made. */
  is(word: string): boolean {
    if (this.lowering === Lowering.Done) return this.lowered === word;
    const { source, start } = this;
    const n = this.end - start;
    if (word.length !== n) return false;
    // A word not yet lowered is ASCII (see tokenize): lower-casing it is lowerAscii on each code.
    for (let k = 0; k < n; k++) if (lowerAscii(source.charCodeAt(start + k)) !== word.charCodeAt(k)) return false;
    return true;
  }

  /** `lower.length`, without making `lower`. */
  get lowerLength(): number {
    return this.lowering === Lowering.Done ? this.lowered.length : this.end - this.start;
  }

  /** `lower.charCodeAt(k)` (NaN past the end), without making `lower`. */
  lowerCodeAt(k: number): number {
    if (this.lowering === Lowering.Done) return this.lowered.charCodeAt(k);
    return k >= 0 && k < this.end - this.start ? lowerAscii(this.source.charCodeAt(this.start + k)) : NaN;
  }

  /** `lower.endsWith(suffix)`, compared in place: no string is made. */
  endsWith(suffix: string): boolean {
    if (this.lowering === Lowering.Done) return this.lowered.endsWith(suffix);
    const from = this.end - this.start - suffix.length;
    if (from < 0) return false;
    for (let k = 0; k < suffix.length; k++) if (lowerAscii(this.source.charCodeAt(this.start + from + k)) !== suffix.charCodeAt(k)) return false;
    return true;
  }

  /** Whether `lower` starts with a digit. */
  startsWithDigit(): boolean {
    const c = this.lowerCodeAt(0);
    return c >= 0x30 && c <= 0x39;
  }

  /** Drops the token's text (its reading is over): nothing is asked of it until it is refilled. */
  forgetText(): void {
    this.source = '';
    this.lowered = '';
    this.lowering = Lowering.Done;
  }

  /** Refills the token; `lowering` says how to make `lower` from the text when it is not given. */
  fill(start: number, end: number, kind: TokenKind, lower: string, lowering: Lowering, source: string, cap: boolean, possessive: boolean, quote: number, shape: number): void {
    this.start = start;
    this.end = end;
    this.kind = kind;
    this.lowered = lower;
    this.lowering = lowering;
    this.source = source;
    this.cap = cap;
    this.possessive = possessive;
    this.quote = quote;
    this.shape = shape;
    this.vocab = NOT_LOOKED_UP;
  }
}

/** Short words that keep their full stop ("Mr.", "Sen.", "Jr."); initials and "U.S." are found by shape. */
const DOTTED = new Set([
  'mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'capt', 'sgt', 'adm', 'maj', 'rev',
  'prof', 'st', 'jr', 'sr', 'vs', 'inc', 'co', 'corp', 'ltd', 'messrs', 'atty', 'amb', 'sens', 'reps',
  'del', 'cpl', 'pvt', 'cmdr', 'hon', 'supt', 'det', 'insp', 'msgr', 'fr', 'govs', 'gens', 'drs',
]);

/** DOTTED's words by length: a word before a full stop is compared with those of its length in place. */
const DOTTED_BY_LENGTH: readonly (readonly string[])[] = (() => {
  const byLength: string[][] = [];
  for (const word of DOTTED) (byLength[word.length] ??= []).push(word);
  return byLength;
})();

/** The shapes of DOTTED's words (see shape.ts): a word of another shape is none of them. */
const DOTTED_SHAPES = new Uint8Array(SHAPES);
for (const word of DOTTED) {
  const shape = shapeOfWord(word);
  if (shape >= 0) DOTTED_SHAPES[shape] = 1;
}

/**
 * Whether the ASCII word text[i, j), of lower-case shape `shape`, lower-cases to a word of DOTTED,
 * compared in place: no string is made, and most words are ruled out by their shape.
 */
function isDottedWord(text: string, i: number, j: number, shape: number): boolean {
  if (shape < 0 || DOTTED_SHAPES[shape] === 0) return false;
  const words = DOTTED_BY_LENGTH[j - i];
  if (words === undefined) return false;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    let k = 0;
    while (k < word.length && lowerAscii(text.charCodeAt(i + k)) === word.charCodeAt(k)) k++;
    if (k === word.length) return true;
  }
  return false;
}

/** Words whose 's is "is" or "has", never a possessive ("He's claiming", "it's"). */
const CONTRACTED = new Set(['he', 'she', 'it', 'that', 'there', 'who', 'what', 'here', 'where', 'let']);

const LETTER = 1;
const SPACE = 2;
const CAPITAL = 4;
/** A letter past ASCII, which only toLowerCase lower-cases (the apostrophe ’ needs nothing). */
const WIDE = 8;
const JOINER = 16;
/** Classes of ASCII characters, looked up in the hot loops instead of computed. */
const ASCII = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) {
  ASCII[c] = (isLetterOrDigit(c) ? LETTER : 0) | (isSpace(c) ? SPACE : 0) | (isUpper(c) ? CAPITAL : 0) | (isJoiner(c) ? JOINER : 0);
}

function isLetterOrDigit(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x370 && c <= 0x52f)
  );
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || (c >= 0x2000 && c <= 0x200b);
}

/** Characters that may join two parts of one word: it's, U.S, Crouse-Mays, AT&T. */
function isJoiner(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2d || c === 0x2e || c === 0x26;
}

function isUpper(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/**
 * The tokens of one read after another, made from the same token objects (refilled rather than made
 * again: a fresh object per token was much of the garbage attribution and claims made, about 100k
 * tokens per 1 MB draft). A read is handed out in an array of the buffer's kept for reads of about
 * its length (see SIZE_CLASSES), so reads of varying lengths neither regrow nor cut one array: cut
 * to less than half its room, V8 gives the room back, and the next longer read allocates it again.
 * Read a buffer's tokens before reading into it again. Owned by one step's reading at a time; given
 * back when it is done (giveBackTokenBuffer), the buffer keeps its objects but not the text.
 */
export class TokenBuffer {
  /** Every token object made so far (at most REUSED_TOKENS kept), the last read's first. */
  private readonly made: Token[] = [];
  /** The arrays handed out, by size class, made when first needed. */
  private readonly bySize: Token[][] = [];
  /** The tokens of the last read. */
  tokens: Token[] = NO_TOKENS;

  /** Tokenises paragraph `p` of the prose (only the stretch `within`, a sentence, when given); see tokenize. */
  read(text: string, prose: Prose, p: number, quotes: Quotes, first: number, within?: Range): Token[] {
    const made = this.made;
    const n = tokenize(made, text, prose, p, quotes, first, within);
    let out: Token[];
    if (n === 0) {
      out = NO_TOKENS;
    } else if (n > REUSED_TOKENS) {
      // A huge paragraph: an array of its own, and only the usual number of objects kept after it.
      out = made.slice(0, n);
      made.length = REUSED_TOKENS;
    } else {
      const size = sizeClass(n);
      out = this.bySize[size] ??= holeyArray(SIZE_CLASSES[size]!);
      for (let i = 0; i < n; i++) out[i] = made[i]!;
      // Within its class the array keeps more than half its room filled, so V8 does not cut it, and
      // popping the few extra tokens stays in compiled code (setting `length` calls into the runtime).
      while (out.length > n) out.pop();
    }
    this.tokens = out;
    return out;
  }

  /** Lets go of the text the tokens were read from (see giveBackTokenBuffer). */
  forgetText(): void {
    const made = this.made;
    for (let i = 0; i < made.length; i++) made[i]!.forgetText();
    this.tokens = NO_TOKENS;
  }
}

/** The most token objects kept for refilling: one huge paragraph or endless sentence does not stay in memory. */
export const REUSED_TOKENS = 1024;

/**
 * Buffers the last analyses gave back, with their token objects and arrays: the next analysis's
 * readers take them rather than making some 1,500 tokens again. Module state, like the mention pass's
 * scratch: an analysis is synchronous, so buffers are never shared by two readings at once.
 */
const idleBuffers: TokenBuffer[] = [];

/** The most buffers kept between analyses: attribution holds a few paragraphs, claims one sentence. */
const IDLE_BUFFERS = 8;

/** A buffer for one step's reading: one an earlier analysis gave back, else a new one. */
export function takeTokenBuffer(): TokenBuffer {
  return idleBuffers.pop() ?? new TokenBuffer();
}

/**
 * Gives a buffer back once its reading is done. Its tokens let go of the text they were read from,
 * so a closed draft is not kept alive by the buffers.
 */
export function giveBackTokenBuffer(buffer: TokenBuffer): void {
  if (idleBuffers.length >= IDLE_BUFFERS) return;
  buffer.forgetText();
  idleBuffers.push(buffer);
}

/**
 * The room of the arrays reads are handed out in, each twice the last: a read of n tokens takes the
 * smallest that holds n, so it fills more than half of it (V8 gives back the room of an array cut to
 * less than half of it, and regrows it push by push).
 */
const SIZE_CLASSES = [16, 32, 64, 128, 256, 512, REUSED_TOKENS];

function sizeClass(n: number): number {
  let size = 0;
  while (SIZE_CLASSES[size]! < n) size++;
  return size;
}

/**
 * An array with room for `size` tokens made at once, of the same elements kind as every other token
 * array handed out (holey objects), so the code reading them sees one kind.
 */
function holeyArray(size: number): Token[] {
  const array = new Array<Token>(size);
  array[0] = PLACEHOLDER;
  return array;
}

const PLACEHOLDER = new Token();

/** The tokens of an empty read, of the same elements kind as the rest. */
const NO_TOKENS: Token[] = holeyArray(1);
NO_TOKENS.length = 0;

/**
 * The bounds of "no quote left": past any offset in a string, and a small integer, so the offsets
 * compared with it stay small integers too (Infinity, a float, made V8 drop the optimised loop).
 */
const NO_QUOTE = 0x3fffffff;

/**
 * Tokenises one paragraph's prose (only the stretch `within`, a sentence, when given). `quotes` are the
 * document's quotes in text order and `first` the index of the first that may touch this paragraph;
 * quotes become single tokens (clipped to the paragraph). The tokens are written from the start of
 * `tokens`, refilling the objects there before new ones are pushed; returns how many were written
 * (the array is not cut: the objects past them stay for later reads).
 */
function tokenize(tokens: Token[], text: string, prose: Prose, p: number, quotes: Quotes, first: number, within: Range | undefined): number {
  count = 0;
  let q = first;
  // The current quote's bounds, read once per quote rather than once per token (NO_QUOTE past the last).
  let qStart = q < quotes.length ? quotes.starts[q]! : NO_QUOTE;
  let qEnd = q < quotes.length ? quotes.ends[q]! : NO_QUOTE;
  // The paragraph's segments are segments[firstSegment, last). A stretch reads only those it overlaps
  // (they are in order): a walk over all of them for each sentence would grow with the square of one
  // huge paragraph.
  const segments = prose.segments;
  const firstSegment = prose.paragraphs.firstSegments[p]!;
  const last = prose.paragraphs.firstSegments[p + 1]!;
  const paraStart = prose.paragraphs.starts[p]!;
  const paraEnd = prose.paragraphs.ends[p]!;
  for (let s = within ? firstAbove(segments.ends, within.start, firstSegment, last) : firstSegment; s < last; s++) {
    const wholeStart = segments.starts[s]!;
    const wholeEnd = segments.ends[s]!;
    if (within && wholeStart >= within.end) break;
    // Only the stretch asked for (a sentence), when one is.
    const segStart = within ? Math.max(wholeStart, within.start) : wholeStart;
    const segEnd = within ? Math.min(wholeEnd, within.end) : wholeEnd;
    let i = segStart;
    while (i < segEnd) {
      while (qEnd <= i) {
        q++;
        qStart = q < quotes.length ? quotes.starts[q]! : NO_QUOTE;
        qEnd = q < quotes.length ? quotes.ends[q]! : NO_QUOTE;
      }
      if (qStart <= i && i < qEnd) {
        const end = Math.min(qEnd, paraEnd);
        // A nickname inside a name is part of the name: Marcia "Cia" Price shouted.
        if (isNickname(text, quotes, q, count > 0 ? tokens[count - 1] : undefined, segEnd)) {
          i = Math.max(i + 1, end);
          continue;
        }
        if (count === 0 || tokens[count - 1].quote !== q) {
          put(tokens, Math.max(qStart, paraStart), end, 'quote', '', Lowering.Done, text, false, false, q, -1);
        }
        i = Math.max(i + 1, end);
        continue;
      }
      const c = text.charCodeAt(i);
      const cls = c < 0x80 ? ASCII[c] : (isLetterOrDigit(c) ? LETTER : 0) | (isSpace(c) ? SPACE : 0);
      if (cls === SPACE) {
        i++;
        continue;
      }
      if ((cls & LETTER) === 0) {
        put(tokens, i, i + 1, 'punct', text[i], Lowering.Done, text, false, false, -1, -1);
        i++;
        continue;
      }
      const stop = Math.min(segEnd, qStart);
      let j = i + 1;
      // The classes of the word's other characters, gathered in the same pass as its end: they say
      // how it lower-cases.
      let rest = 0;
      let last = c;
      let dotInside = false;
      /** The character that ended the word, -1 when `stop` did. */
      let after = -1;
      // Most of a word is lower-case ASCII letters: a range test each, with nothing to gather (their
      // class adds no bit that matters) until another character comes.
      while (j < stop) {
        const d = text.charCodeAt(j);
        if (d < 0x61 || d > 0x7a) break;
        j++;
      }
      if (j > i + 1) last = text.charCodeAt(j - 1);
      // A lower-case ASCII word ended by a space, a comma or the stretch (most words) is its own
      // lower case, no possessive and no abbreviation: none of the checks below can say otherwise.
      if (c >= 0x61 && c <= 0x7a) {
        const d = j < stop ? text.charCodeAt(j) : -1;
        if (d === 0x20 || d === 0x2c || d === -1) {
          put(tokens, i, j, 'word', '', Lowering.AsIs, text, false, false, -1, shapeOf(j - i, c, last));
          i = d === 0x20 ? j + 1 : j;
          continue;
        }
      }
      while (j < stop) {
        const d = text.charCodeAt(j);
        const k = d < 0x80 ? ASCII[d] : isLetterOrDigit(d) ? LETTER | WIDE : d === 0x2019 ? JOINER : 0;
        if ((k & LETTER) !== 0) {
          rest |= k;
          last = d;
          j++;
          continue;
        }
        if ((k & JOINER) !== 0 && j + 1 < stop) {
          const e = text.charCodeAt(j + 1);
          if (isLetterOrDigit(e)) {
            rest |= e < 0x80 ? ASCII[e] : WIDE;
            last = e;
            if (d === 0x2e) dotInside = true;
            j += 2;
            continue;
          }
        }
        after = d;
        break;
      }
      const first = c < 0x80 ? cls : WIDE;
      const how = loweringOf(first, rest);
      // A letter past ASCII may lower-case to other characters, so such a word's lower case is made
      // now and read below; any other word's characters are its lower case's, at the same places, and
      // its lower case is made here only when a check needs the string ('' until then).
      const wide = ((first | rest) & WIDE) !== 0;
      let lower = wide ? lowerCase(text, i, j, how) : '';
      // A full stop belongs to the word for initials, dotted abbreviations and titles.
      let dotted = false;
      if (after === 0x2e) {
        // …or before a closing parenthesis, as in a party label: "(D-Mo.)".
        // A full stop right before a comma never ends a sentence: "McConnell, R-Ky., said".
        const closesParen = j + 1 < segEnd && (text.charCodeAt(j + 1) === 0x29 || text.charCodeAt(j + 1) === 0x2c);
        dotted = (j - i === 1 && isUpper(c)) || closesParen || dotInside || (wide ? DOTTED.has(lower) : isDottedWord(text, i, j, shapeOf(j - i, lowerAscii(c), lowerAscii(last))));
        if (dotted) {
          j++;
          last = 0x2e;
          lower = wide ? lowerCase(text, i, j, how) : ''; // the full stop is never upper case
        }
      }
      const n = wide ? lower.length : j - i;
      const endsWithS = wide ? lower.charCodeAt(n - 1) === 0x73 : (last | 0x20) === 0x73;
      let possessive = false;
      if (endsWithS && n > 2) {
        const mark = wide ? lower.charCodeAt(n - 2) : text.charCodeAt(j - 2);
        if (mark === 0x27 || mark === 0x2019) {
          // The stem alone is made: an ASCII word's lower case is its text's, character for character.
          const stem = lower ? lower.slice(0, -2) : lowerCase(text, i, j - 2, how);
          if (!CONTRACTED.has(stem)) {
            lower = stem;
            possessive = true;
          }
        }
      }
      if (!possessive && endsWithS && !dotted && (after === 0x27 || after === 0x2019) && (j + 1 >= stop || !isLetterOrDigit(text.charCodeAt(j + 1)))) {
        // "the officials' statement": a bare apostrophe after s, which the lower case leaves out
        if (!lower) lower = lowerCase(text, i, j, how);
        j++;
        possessive = true;
      }
      const shape = lower ? shapeOfWord(lower) : shapeOf(j - i, lowerAscii(c), lowerAscii(last));
      put(tokens, i, j, 'word', lower, lower ? Lowering.Done : how, text, isUpper(c), possessive, -1, shape);
      i = j;
      // The space after a word, passed here rather than by a round of the outer loop (it is in no
      // quote: `stop` is at or before the next quote's start).
      if (i < stop && text.charCodeAt(i) === 0x20) i++;
    }
  }
  return count;
}

/** How many tokens the running tokenize has written (put's index into the array it fills). */
let count = 0;

/** Writes the next token at `count` of `tokens`, refilling the object there when there is one. */
function put(tokens: Token[], start: number, end: number, kind: TokenKind, lower: string, how: Lowering, source: string, cap: boolean, possessive: boolean, quote: number, shape: number): void {
  const n = count++;
  let t: Token;
  if (n < tokens.length) t = tokens[n]!;
  else tokens.push((t = new Token()));
  t.fill(start, end, kind, lower, how, source, cap, possessive, quote, shape);
}

/** How text of these class bits (its first character's and the rest's) lower-cases. */
function loweringOf(first: number, rest: number): Lowering {
  if (((first | rest) & (CAPITAL | WIDE)) === 0) return Lowering.AsIs;
  if ((rest & (CAPITAL | WIDE)) === 0 && (first & CAPITAL) !== 0) return Lowering.FirstCapital;
  return Lowering.Full;
}

/**
 * text[start, end) in lower case, made as `how` says. A capital followed by lower-case ASCII (most
 * capitalised words) costs a concatenation, not a toLowerCase call.
 */
function lowerCase(text: string, start: number, end: number, how: Lowering): string {
  if (how === Lowering.AsIs) return text.slice(start, end);
  if (how === Lowering.FirstCapital) return LOWER_ASCII[text.charCodeAt(start)] + text.slice(start + 1, end);
  return text.slice(start, end).toLowerCase();
}

/** An ASCII capital's lower-case code; any other code as it is. */
function lowerAscii(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/** Each ASCII character as a lower-case string. */
const LOWER_ASCII: readonly string[] = Array.from({ length: 0x80 }, (_, c) => String.fromCharCode(c).toLowerCase());

/** The longest nickname read as part of a name, in characters. */
const MAX_NICKNAME = 24;

/**
 * A short capitalised phrase in quotes between a first name and a surname: Jimmy "The Hammer" Doyle.
 * (A title after a capitalised preposition, In "Oppenheimer" Nolan…, is no nickname.)
 */
function isNickname(text: string, quotes: Quotes, q: number, before: Token | undefined, end: number): boolean {
  if (quotes.scare[q] !== 1 || quotes.closed[q] !== 1 || !before || before.kind !== 'word' || !before.cap || before.possessive || before.endsWith('.')) return false;
  if (NOT_NAME_BEFORE_NICKNAME.has(before.lower)) return false;
  const cs = contentStart(quotes, q);
  const ce = contentEnd(quotes, q);
  if (ce - cs < 2 || ce - cs > MAX_NICKNAME || !isUpper(text.charCodeAt(cs)) || !isLetterOrDigit(text.charCodeAt(ce - 1))) return false;
  const after = quotes.ends[q]!;
  if (after + 1 >= end || text.charCodeAt(after) !== 0x20) return false;
  return isUpper(text.charCodeAt(after + 1));
}

/** Capitalised words that open a sentence or phrase rather than a name: In "Oppenheimer" Nolan … */
const NOT_NAME_BEFORE_NICKNAME = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'of', 'for', 'from', 'to', 'with', 'by', 'and', 'but', 'or', 'as',
  'when', 'while', 'after', 'before', 'during', 'since', 'until', 'like', 'unlike', 'about', 'his', 'her',
  'their', 'its', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'calling', 'called', 'dubbed',
]);

/** Index of the first token starting at or after `offset` (tokens.length if none). */
export function tokenAt(tokens: Token[], offset: number): number {
  return firstEndingAfter(tokens, offset);
}

export function span(tokens: Token[], from: number, to: number): Range {
  return { start: tokens[from].start, end: tokens[to - 1].end };
}

/** Sentence-ending punctuation token. */
export function endsSentence(t: Token): boolean {
  return t.kind === 'punct' && (t.lower === '.' || t.lower === '!' || t.lower === '?');
}
