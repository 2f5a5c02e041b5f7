// Splits prose into word and punctuation tokens in one pass over the characters, keeping offsets into
// the original text. Tokens live in typed arrays reused from paragraph to paragraph, and each word gets
// a hash as it is scanned, so most words are ruled out by one table lookup and never become strings.
// Phrases from the entity list are split the same way, so matching compares tokens, never characters,
// and never builds a regular expression from data.
import { isWhitespace } from '../text/chars';
import {
  WATCH_BEYOND_ASCII, WATCH_CAPITAL, WATCH_CUE, WATCH_DESCRIPTOR, WATCH_NAME, WATCH_PRONOUN, WATCH_ROLE, watchBits, WatchSlot, type Watch,
} from './watch';
import { work } from './work';
import type { QuoteMarks } from '../quotes/marks';

/** How a token is joined to the one before it: directly, by whitespace, or not at all (a skipped construct). */
export type Gap = 'none' | 'space' | 'break';
export const GAP_NONE = 0;
export const GAP_SPACE = 1;
export const GAP_BREAK = 2;

/** The watch bits of the listed pass; the cue bits are for the cue record alone. */
const LISTED_BITS = WATCH_NAME | WATCH_DESCRIPTOR;
/** The watch bits of the passes for unlisted people and pronouns. */
const PERSON_BITS = WATCH_ROLE | WATCH_PRONOUN | WATCH_CAPITAL;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

export function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/** A character code with apostrophe-like marks read as "'", so "Trump’s" matches "Trump's". */
export function spellingCode(c: number): number {
  return c === 0x2019 || c === 0x2018 || c === 0x02bc ? 39 : c;
}

/** A punctuation token's text as spellingCode reads it. */
function normalisePunctuation(ch: string): string {
  return spellingCode(ch.charCodeAt(0)) === 39 ? "'" : ch;
}

/** Markup that may sit between two prose segments without separating the words (`> `, `**`, `_`). */
function isTransparentMarkup(c: number): boolean {
  return c === 62 /* > */ || c === 42 /* * */ || c === 95 /* _ */ || c === 126 /* ~ */;
}

/** The gap between two segments: whitespace and emphasis markup join words, anything else breaks them. */
function gapAcross(text: string, from: number, to: number): number {
  let sawSpace = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isWhitespace(c)) sawSpace = true;
    else if (!isTransparentMarkup(c)) return GAP_BREAK;
  }
  return sawSpace ? GAP_SPACE : GAP_NONE;
}

/**
 * Character classes. Constants read in the hot loop are const enum members, which the bundler writes
 * in as literals: a module-level `const` is a closure variable the optimised loop reloads (and, for a
 * number, re-checks) on every character.
 */
const enum CharClass { Other, Word, Space }
/** Character classes of ASCII, looked up instead of computed in the hot loop. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = isWordCodePoint(c) ? CharClass.Word : isWhitespace(c) ? CharClass.Space : CharClass.Other;

/**
 * WATCH_CAPITAL for the ASCII capitals, else 0: read rather than tested, since which words are
 * capitalised follows no pattern a branch could predict.
 */
const ASCII_CAPITAL = new Uint8Array(128);
ASCII_CAPITAL.fill(WATCH_CAPITAL, 65, 91);

function isHighSurrogateAt(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= end) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/** Classes of the rest of the basic plane as they are first met, plus one (0: not looked up yet). */
const BMP_CLASS = new Uint8Array(0x10000);

function classOfNonAscii(text: string, i: number, end: number, c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) {
    if (isHighSurrogateAt(text, i, end)) return isWordCodePoint(text.codePointAt(i)!) ? CharClass.Word : CharClass.Other;
    return isWhitespace(c) ? CharClass.Space : isWordCodePoint(c) ? CharClass.Word : CharClass.Other;
  }
  const known = BMP_CLASS[c]!;
  if (known !== 0) return known - 1;
  const cls = isWhitespace(c) ? CharClass.Space : isWordCodePoint(c) ? CharClass.Word : CharClass.Other;
  BMP_CLASS[c] = cls + 1;
  return cls;
}

/** FNV-1a's parameters (see hash.ts), as literals for the hot loop. */
const enum Fnv { Offset = 0x811c9dc5 | 0, Prime = 0x01000193 }

/**
 * The hash `scanWideWord` reached, beside the end it returns. A typed array rather than a variable: read
 * back from it the hash is known to be an int32, so `fill` keeps its hash untagged on every path.
 */
const WIDE_HASH = new Int32Array(1);

/**
 * Scans on from `i` a word begun at `start`, hashed up to `i` as `hash`, where a character beyond ASCII
 * was met: returns the word's end, and leaves its hash in WIDE_HASH. Kept out of `fill`, whose word
 * loop then calls nothing and keeps the hash in a register.
 */
function scanWideWord(text: string, i: number, end: number, start: number, hash: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (ASCII_CLASS[c] !== CharClass.Word) break;
    } else if (classOfNonAscii(text, i, end, c) !== CharClass.Word && !(c >= 0xdc00 && c <= 0xdfff && i > start)) {
      break;
    }
    hash = Math.imul(hash ^ c, Fnv.Prime);
    i++;
  }
  WIDE_HASH[0] = hash;
  return i;
}

function hashFrom(hash: number, text: string, from: number, to: number): number {
  for (let j = from; j < to; j++) hash = Math.imul(hash ^ text.charCodeAt(j), Fnv.Prime);
  return hash;
}

/**
 * The watch bits of a word starting beyond ASCII, at start..end. The watch holds descriptors' first
 * words both lower-cased and capitalised, so a word starting in ASCII needs only its own hash (read in
 * `fill` itself); these are lower-cased here.
 */
function wideWatchBits(watch: Watch, text: string, start: number, end: number, firstCode: number, hash: number): number {
  let marks = watchBits(watch, hash);
  const lowFirst = lowerCode(firstCode);
  if (lowFirst !== firstCode) {
    const lowHash = hashFrom(Math.imul(Fnv.Offset ^ lowFirst, Fnv.Prime), text, start + 1, end);
    if (watch.lowered.has(lowHash)) marks |= WATCH_DESCRIPTOR;
  }
  if (startsUpper(text.charAt(start))) marks |= WATCH_CAPITAL;
  return marks;
}

function lowerCode(c: number): number {
  if (c < 65) return c;
  if (c <= 90) return c + 32;
  if (c < 128) return c;
  return String.fromCharCode(c).toLowerCase().charCodeAt(0);
}

/** `to` with the contents of `from` at its start. */
function grown<A extends Int32Array | Uint16Array | Uint8Array>(from: A, to: A): A {
  to.set(from);
  return to;
}

/**
 * A token's flags, written in one store per token: its gap to the token before in the low bits, then
 * whether it is a word, and a quoted one, and from bit MarksShift on the watch bits its word hit.
 */
export const enum Flag { Gap = 3, Word = 4, Quote = 8, MarksShift = 4 }

/** 1 when 0 < x < 2^31, else 0, in arithmetic only: the negation of such an x has its sign bit set. */
function oneIfPositive(x: number): number {
  return -x >>> 31;
}

/** The tokens of one paragraph (or phrase), in typed arrays that grow as needed and are reused. */
export class Tokens {
  length = 0;
  source = '';
  starts = new Int32Array(256);
  ends = new Int32Array(256);
  /** Hash of the word as written; 0 for punctuation. */
  hashes = new Int32Array(256);
  /**
   * Indexes of the tokens with a bit of the listed pass (WATCH_NAME, WATCH_DESCRIPTOR), in order: it
   * visits only these, not the many capitalised words the other passes read.
   */
  listedHits = new Int32Array(256);
  listedHitCount = 0;
  /** Indexes of the tokens with a bit of the unlisted and pronoun passes (role, pronoun, capital), in order. */
  hits = new Int32Array(256);
  hitCount = 0;
  /** Indexes of the tokens with WATCH_CUE or WATCH_BEYOND_ASCII, in order: what the cue record reads. */
  cueHits = new Int32Array(256);
  cueHitCount = 0;
  /** Per token: its Flag bits (gap, word, quoted, and the watch bits its word hit: 0 for most). */
  flags = new Uint16Array(256);
  private texts: string[] = [];
  private textGeneration = new Int32Array(256);
  private generation = 1;

  private grow(): void {
    const size = this.starts.length * 2;
    this.starts = grown(this.starts, new Int32Array(size));
    this.ends = grown(this.ends, new Int32Array(size));
    this.hashes = grown(this.hashes, new Int32Array(size));
    this.flags = grown(this.flags, new Uint16Array(size));
    this.listedHits = grown(this.listedHits, new Int32Array(size));
    this.hits = grown(this.hits, new Int32Array(size));
    this.cueHits = grown(this.cueHits, new Int32Array(size));
    this.textGeneration = grown(this.textGeneration, new Int32Array(size));
  }

  /**
   * Replaces the contents with the tokens of the ranges [starts[r], ends[r]) for r in [first, last) of
   * `text` (sorted, disjoint), marking the words
   * that hit `watch`, and recording in `quoteMarks` where the double quotation marks are. The hot loop
   * of the mention finder, run on every character: the arrays are held in locals (reloaded only when
   * they grow), and a word costs one hash and one table read.
   */
  fill(text: string, rangeStarts: Int32Array, rangeEnds: Int32Array, first: number, last: number, watch: Watch | null = null, quoteMarks: QuoteMarks | null = null): this {
    this.source = text;
    this.generation++;
    let n = 0;
    let listedHitCount = 0;
    let hitCount = 0;
    let cueHitCount = 0;
    let starts = this.starts;
    let ends = this.ends;
    let hashes = this.hashes;
    let flags = this.flags;
    let listedHits = this.listedHits;
    let hits = this.hits;
    let cueHits = this.cueHits;
    // Flag.Quote while a quotation is open, else 0.
    let quoted = 0;
    let prevEnd = -1;
    // The watch's table in a local too: read through `watch` on every word, it costs a tenth of the pass.
    const slots = watch ? watch.slots : null;
    for (let r = first; r < last; r++) {
      const end = Math.min(rangeEnds[r]!, text.length);
      let i = Math.max(rangeStarts[r]!, 0, prevEnd);
      const firstToken = n;
      const endBefore = prevEnd;
      while (i < end) {
        let c = text.charCodeAt(i);
        const cls = c < 128 ? ASCII_CLASS[c]! : classOfNonAscii(text, i, end, c);
        if (cls === CharClass.Space) {
          i++;
          continue;
        }
        if (n === starts.length) {
          this.grow();
          starts = this.starts;
          ends = this.ends;
          hashes = this.hashes;
          flags = this.flags;
          listedHits = this.listedHits;
          hits = this.hits;
          cueHits = this.cueHits;
        }
        const start = i;
        let hash = 0;
        let marks = 0;
        let shape = 0;
        if (cls === CharClass.Word) {
          const firstCode = c;
          hash = Math.imul(Fnv.Offset ^ c, Fnv.Prime);
          i++;
          let beyondAscii = firstCode >= 128;
          while (i < end) {
            c = text.charCodeAt(i);
            // Most word characters are lower-case ASCII letters: one range test, then the hash.
            if (c < 97 || c > 122) {
              if (c >= 128 || ASCII_CLASS[c] !== CharClass.Word) break;
            }
            hash = Math.imul(hash ^ c, Fnv.Prime);
            i++;
          }
          // Stopped by a character beyond ASCII, which may go on the word: read on outside this loop.
          if (c >= 128 && i < end) {
            const wideEnd = scanWideWord(text, i, end, start, hash);
            if (wideEnd > i) {
              i = wideEnd;
              hash = WIDE_HASH[0]!;
              beyondAscii = true;
            }
            c = 0; // whatever ended the word is read again above
          }
          if (watch) {
            if (firstCode < 128) {
              // watchBits written out: this loop is past the size the compiler inlines calls into.
              const entry = slots![hash & WatchSlot.Mask]!;
              const differs = (entry ^ hash) & ~WatchSlot.Mask;
              marks = entry & WatchSlot.Bits & (~((differs | -differs) >> 31) | WatchSlot.Shared);
              if (marks === WatchSlot.Shared) marks = watch.exact.get(hash);
              marks |= ASCII_CAPITAL[firstCode]!;
            } else {
              marks = wideWatchBits(watch, text, start, i, firstCode, hash);
            }
            if (beyondAscii) marks |= WATCH_BEYOND_ASCII;
            // Always written, kept only when the word hit, and counted without a branch: which words hit
            // follows no pattern the processor could predict.
            listedHits[listedHitCount] = n;
            listedHitCount += oneIfPositive(marks & LISTED_BITS);
            hits[hitCount] = n;
            hitCount += oneIfPositive(marks & PERSON_BITS);
            cueHits[cueHitCount] = n;
            cueHitCount += oneIfPositive(marks & (WATCH_CUE | WATCH_BEYOND_ASCII));
          }
          // A quotation mark itself is not "inside": only words carry the flag.
          shape = Flag.Word | quoted;
        } else {
          i += isHighSurrogateAt(text, i, end) ? 2 : 1;
          if (c === 34 /* " */ || c === 0x201c || c === 0x201d) {
            quoted = c === 34 ? quoted ^ Flag.Quote : c === 0x201c ? Flag.Quote : 0;
            if (quoteMarks !== null) quoteMarks.add(start);
          }
        }
        starts[n] = start;
        ends[n] = i;
        hashes[n] = hash;
        // Inside a segment only whitespace lies between tokens: a token is joined to the last one by
        // space (GAP_SPACE, 1) unless it touches it (GAP_NONE, 0). The segment's first is set below.
        flags[n] = shape | oneIfPositive(start - prevEnd) | (marks << Flag.MarksShift);
        n++;
        prevEnd = i;
        // `c` is the character that ended a word (else the token's own): most words end at a space,
        // stepped over here instead of read and classified again at the top of the loop.
        if (c === 32) i++;
      }
      // Once per segment rather than a test per token: its first token's gap, across what lies between.
      if (n > firstToken) flags[firstToken] = (flags[firstToken]! & ~Flag.Gap) | (firstToken === 0 ? GAP_BREAK : gapAcross(text, endBefore, starts[firstToken]!));
    }
    this.length = n;
    this.listedHitCount = listedHitCount;
    this.hitCount = hitCount;
    this.cueHitCount = cueHitCount;
    work.steps += n;
    return this;
  }

  /** The hash of word `i` with its first letter lower-cased (as descriptors' first words are kept); 0 for punctuation. */
  lowHash(i: number): number {
    if (!this.isWord(i)) return 0;
    const start = this.starts[i]!;
    const first = this.source.charCodeAt(start);
    const lowFirst = lowerCode(first);
    if (lowFirst === first) return this.hashes[i]!;
    return hashFrom(Math.imul(Fnv.Offset ^ lowFirst, Fnv.Prime), this.source, start + 1, this.ends[i]!);
  }

  private coveredMarks = new Uint8Array(256);

  /** A zeroed byte per token, reused from paragraph to paragraph (which tokens a mention covers). */
  covered(): Uint8Array {
    if (this.coveredMarks.length < this.length) this.coveredMarks = new Uint8Array(this.starts.length);
    else this.coveredMarks.fill(0, 0, this.length);
    return this.coveredMarks;
  }

  start(i: number): number { return this.starts[i]!; }
  end(i: number): number { return this.ends[i]!; }

  gap(i: number): number { return this.flags[i]! & Flag.Gap; }
  isWord(i: number): boolean { return (this.flags[i]! & Flag.Word) !== 0; }
  inQuote(i: number): boolean { return (this.flags[i]! & Flag.Quote) !== 0; }
  /** The watch bits word `i` hit (see watch.ts); 0 for most. */
  marks(i: number): number { return this.flags[i]! >> Flag.MarksShift; }

  /**
   * Whether word `i` is written `word`, compared in place: code by code, since the words asked about are
   * short and a call to `startsWith` costs more than comparing them.
   */
  textIs(i: number, word: string): boolean {
    const start = this.starts[i]!;
    const length = word.length;
    if (this.ends[i]! - start !== length) return false;
    const source = this.source;
    for (let j = 0; j < length; j++) if (source.charCodeAt(start + j) !== word.charCodeAt(j)) return false;
    return true;
  }

  /** Whether token `i` is `word` with its first letter lower-cased (ASCII), compared in place. */
  textIsLowerFirst(i: number, word: string): boolean {
    const start = this.starts[i]!;
    const length = word.length;
    if (this.ends[i]! - start !== length) return false;
    const source = this.source;
    const first = source.charCodeAt(start);
    if ((first >= 65 && first <= 90 ? first + 32 : first) !== word.charCodeAt(0)) return false;
    for (let j = 1; j < length; j++) if (source.charCodeAt(start + j) !== word.charCodeAt(j)) return false;
    return true;
  }

  /** The token's text (apostrophe variants as "'"), made only when asked for. */
  text(i: number): string {
    if (this.textGeneration[i] === this.generation) return this.texts[i]!;
    const raw = this.source.slice(this.starts[i]!, this.ends[i]!);
    const text = this.isWord(i) ? raw : normalisePunctuation(raw);
    while (this.texts.length <= i) this.texts.push('');
    this.texts[i] = text;
    this.textGeneration[i] = this.generation;
    return text;
  }
}

/** A phrase from the entity list as tokens: each token's text and how it is joined to the one before. */
export interface PhraseToken {
  text: string;
  gap: Gap;
  hash: number;
  lowHash: number;
}

const GAP_NAMES: Gap[] = ['none', 'space', 'break'];

export function tokenizePhrase(phrase: string): PhraseToken[] {
  const tokens = new Tokens().fill(phrase, Int32Array.of(0), Int32Array.of(phrase.length), 0, 1);
  const out: PhraseToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    out.push({ text: tokens.text(i), gap: GAP_NAMES[tokens.gap(i)]!, hash: tokens.hashes[i]!, lowHash: tokens.lowHash(i) });
  }
  return out;
}

export function startsUpper(s: string): boolean {
  const code = s.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = s.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function lowerFirst(s: string): string {
  const first = s.charAt(0);
  const lower = first.toLowerCase();
  return lower === first ? s : lower + s.slice(1);
}
