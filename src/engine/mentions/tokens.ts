// Splits prose into word and punctuation tokens in one pass, keeping offsets into the original text.
// Names and phrases from the entity list are split the same way, so matching compares tokens, never
// characters, and never builds a regular expression from data.
import type { Paragraph } from '../types';

/** How a token is joined to the one before it: directly, by whitespace, or not at all (a skipped construct). */
export type Gap = 'none' | 'space' | 'break';

export interface Token {
  start: number;
  end: number;
  /** The token's text; apostrophe variants are normalised to "'". */
  text: string;
  /** Letters, marks and digits (a word) rather than one punctuation mark. */
  word: boolean;
  gap: Gap;
  /** Inside a pair of double quotation marks of this paragraph (for pronoun resolution). */
  inQuote: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

export function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

export function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Apostrophe-like marks compare equal, so "Trump’s" matches "Trump's". */
function normalisePunctuation(ch: string): string {
  return ch === '\u2019' || ch === '\u2018' || ch === '\u02bc' ? "'" : ch;
}

/** Markup that may sit between two prose segments without separating the words (`> `, `**`, `_`). */
function isTransparentMarkup(c: number): boolean {
  return c === 62 /* > */ || c === 42 /* * */ || c === 95 /* _ */ || c === 126 /* ~ */;
}

/** The gap between two segments: whitespace and emphasis markup join words, anything else breaks them. */
function gapAcross(text: string, from: number, to: number): Gap {
  let sawSpace = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) sawSpace = true;
    else if (!isTransparentMarkup(c)) return 'break';
  }
  return sawSpace ? 'space' : 'none';
}

function codePointLength(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

const OTHER = 0;
const WORD = 1;
const SPACE = 2;
/** Character classes of ASCII, looked up instead of computed in the hot loop. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_CLASS[c] = isWordCodePoint(c) ? WORD : isSpaceCode(c) ? SPACE : OTHER;

function classAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c]!;
  if (isSpaceCode(c)) return SPACE;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) return isWordCodePoint(text.codePointAt(i)!) ? WORD : OTHER;
  return isWordCodePoint(c) ? WORD : OTHER;
}

/** Tokens of the ranges, in order. Ranges must be sorted and disjoint. */
export function tokenizeRanges(text: string, ranges: readonly { start: number; end: number }[]): Token[] {
  const tokens: Token[] = [];
  let inQuote = false;
  let prevEnd = -1;
  for (const range of ranges) {
    const end = Math.min(range.end, text.length);
    let i = Math.max(range.start, 0, prevEnd);
    let sawSpace = false;
    let segmentStart = true;
    while (i < end) {
      const cls = classAt(text, i, end);
      if (cls === SPACE) {
        sawSpace = true;
        i++;
        continue;
      }
      const start = i;
      const word = cls === WORD;
      if (word) {
        i += codePointLength(text, i, end);
        while (i < end) {
          const c = text.charCodeAt(i);
          if (c < 128) {
            if (ASCII_CLASS[c] !== WORD) break;
            i++;
          } else {
            if (classAt(text, i, end) !== WORD) break;
            i += codePointLength(text, i, end);
          }
        }
      } else {
        i += codePointLength(text, i, end);
      }
      let gap: Gap;
      if (tokens.length === 0) gap = 'break';
      else if (segmentStart) gap = gapAcross(text, prevEnd, start);
      else gap = sawSpace ? 'space' : 'none';
      const raw = word || i - start > 1 ? text.slice(start, i) : text.charAt(start);
      tokens.push({ start, end: i, text: word ? raw : normalisePunctuation(raw), word, gap, inQuote });
      if (!word) {
        if (raw === '"') inQuote = !inQuote;
        else if (raw === '\u201c') inQuote = true;
        else if (raw === '\u201d') inQuote = false;
      }
      prevEnd = i;
      sawSpace = false;
      segmentStart = false;
    }
  }
  return tokens;
}

export function tokenizeParagraph(text: string, paragraph: Paragraph): Token[] {
  return tokenizeRanges(text, paragraph.segments);
}

/** Tokens of a phrase from the entity list. */
export function tokenizePhrase(phrase: string): Token[] {
  return tokenizeRanges(phrase, [{ start: 0, end: phrase.length }]);
}

export function isCapitalised(token: Token): boolean {
  if (!token.word) return false;
  const first = token.text.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

export function lowerFirst(s: string): string {
  const first = s.charAt(0);
  const lower = first.toLowerCase();
  return lower === first ? s : lower + s.slice(1);
}
