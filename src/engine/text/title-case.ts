// Title case, as headlines and the titles of works are written: every word capitalised but the small
// ones. Shared by the quote pairer (a scare quote's title), attribution and the plain-text headline.
import type { Range } from '../types';
import { isAsciiLetter, isDigit, isUpper, isWhitespace } from './chars';

/** Small words a title leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'vs.', 'is']);

/**
 * Every word capitalised but the small ones: "Face the Nation", "Contract with America", "13th".
 * Words are runs of non-space characters holding a letter or digit, read from their first one (past
 * opening punctuation such as "(" or "“"). Read in place, making a string only for a word in lower
 * case: attribution asks this of every scare quote it finds a speaker for.
 */
export function isTitleCase(text: string, r: Range): boolean {
  const { end } = r;
  let words = 0;
  let i = r.start;
  while (i < end) {
    while (i < end && isWhitespace(text.charCodeAt(i))) i++;
    let wordEnd = i;
    while (wordEnd < end && !isWhitespace(text.charCodeAt(wordEnd))) wordEnd++;
    let first = i;
    while (first < wordEnd && !isLetterOrNumberAt(text, first, wordEnd)) first += unitsAt(text, first, wordEnd);
    if (first < wordEnd) {
      if (!isUpperOrNumberAt(text, first, wordEnd) && (words === 0 || !TITLE_SMALL_WORDS.has(trimTrailing(text.slice(first, wordEnd).toLowerCase())))) return false;
      words++;
    }
    i = wordEnd;
  }
  return words > 0;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const UPPER_OR_NUMBER = /[\p{Lu}\p{N}]/u;

/** Is the character at i (a surrogate pair counting as one, if it ends before `end`) a letter or digit? */
function isLetterOrNumberAt(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isDigit(c) || isAsciiLetter(c);
  return LETTER_OR_NUMBER.test(text.slice(i, i + unitsAt(text, i, end)));
}

/** Is the character at i a capital letter or a digit? */
function isUpperOrNumberAt(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isDigit(c) || isUpper(c);
  return UPPER_OR_NUMBER.test(text.slice(i, i + unitsAt(text, i, end)));
}

/** The UTF-16 units of the character at i: 2 for a surrogate pair that ends before `end`, else 1. */
function unitsAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= end) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** Drops trailing characters other than a-z and "." ("of," → "of") without a regular expression. */
function trimTrailing(w: string): string {
  let end = w.length;
  while (end > 0) {
    const c = w.charCodeAt(end - 1);
    if ((c >= 0x61 && c <= 0x7a) || c === 0x2e) break;
    end--;
  }
  return w.slice(0, end);
}
