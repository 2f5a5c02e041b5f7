// What a sentence with no cue or hedge holds, read from its characters alone: enough words to be a
// claim, and a name or number that makes it checkable. Hand loops over char codes instead of patterns
// over a copy of the sentence: one pass each, nothing allocated.
import * as chars from '../text/chars';

const { isWhitespace } = chars;

/** A letter or digit of a word: [0-9A-Za-z], then Latin-1 and Latin Extended-A and -B letters. */
function isWordLetter(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

/** At least `count` runs of word letters in text[start, end). */
export function hasWords(text: string, start: number, end: number, count: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const letter = isWordLetter(text.charCodeAt(i));
    if (letter && !inWord && ++words >= count) return true;
    inWord = letter;
  }
  return false;
}

/**
 * What may stand between a word and a capital inside a sentence: white space (as a pattern's `\s`
 * reads it), an opening quote or parenthesis.
 */
function isGap(c: number): boolean {
  return isWhitespace(c) || c === 0x22 || c === 0x201c || c === 0x28;
}

function isCapital(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde);
}

/** [A-Za-z0-9_], the characters that continue a word after "I". */
function continuesWord(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/**
 * A digit, or a capital after a gap that follows something other than a sentence's end (.!?) — a
 * capitalised word past the first that does not open a sentence — unless it is the word "I".
 */
export function namesOrCounts(text: string, start: number, end: number): boolean {
  /** The character before the current gap is in the stretch and ends no sentence. */
  let midSentence = false;
  let inGap = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return true;
    if (isGap(c)) {
      inGap = true;
      continue;
    }
    if (inGap && midSentence && isCapital(c) && !(c === 0x49 && (i + 1 >= end || !continuesWord(text.charCodeAt(i + 1))))) return true;
    inGap = false;
    midSentence = c !== 0x2e && c !== 0x21 && c !== 0x3f;
  }
  return false;
}
