// What a sentence with no cue or hedge holds, read from its characters alone: enough words to be a
// claim, and a name or number that makes it checkable. Hand loops over char codes instead of patterns
// over a copy of the sentence: one pass each, nothing allocated, each character classed by one table
// read (a chain of comparisons per character cost more than the rest of the loop).
import * as chars from '../text/chars';

const { isWhitespace } = chars;

/** [0-9A-Za-z] and the Latin-1, Latin Extended-A and -B letters: what words are made of. */
const LETTER = 1;
const DIGIT = 2;
/** What may stand between a word and a capital inside a sentence: white space (as a pattern's `\s` reads it), an opening quote or parenthesis. */
const GAP = 4;
/** [A-Z] and the Latin-1 capitals. */
const CAPITAL = 8;
/** . ! ? */
const STOP = 16;
/** [A-Za-z0-9_]: what continues a word for a pattern's `\b`. */
const WORD_CHAR = 32;

/** Classes of the characters up to Latin Extended-B; past it only gaps matter. */
const TABLE_END = 0x250;
const CLASSES = new Uint8Array(TABLE_END);
for (let c = 0; c < TABLE_END; c++) CLASSES[c] = classify(c);

function classify(c: number): number {
  const digit = c >= 0x30 && c <= 0x39;
  const ascii = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  let k = 0;
  if (digit || ascii || (c >= 0xc0 && c <= 0x24f)) k |= LETTER;
  if (digit) k |= DIGIT;
  if (isWhitespace(c) || c === 0x22 || c === 0x201c || c === 0x28) k |= GAP;
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde)) k |= CAPITAL;
  if (c === 0x2e || c === 0x21 || c === 0x3f) k |= STOP;
  if (digit || ascii || c === 0x5f) k |= WORD_CHAR;
  return k;
}

function classOf(c: number): number {
  return c < TABLE_END ? CLASSES[c] : classify(c);
}

/** At least `count` runs of word letters in text[start, end). */
export function hasWords(text: string, start: number, end: number, count: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const letter = (classOf(text.charCodeAt(i)) & LETTER) !== 0;
    if (letter && !inWord && ++words >= count) return true;
    inWord = letter;
  }
  return false;
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
    // Most characters are lower-case ASCII letters: one range test instead of the table's classes.
    if (c >= 0x61 && c <= 0x7a) {
      inGap = false;
      midSentence = true;
      continue;
    }
    const k = classOf(c);
    if ((k & DIGIT) !== 0) return true;
    if ((k & GAP) !== 0) {
      inGap = true;
      continue;
    }
    if (inGap && midSentence && (k & CAPITAL) !== 0 && !(c === 0x49 && (i + 1 >= end || (classOf(text.charCodeAt(i + 1)) & WORD_CHAR) === 0))) return true;
    inGap = false;
    midSentence = (k & STOP) === 0;
  }
  return false;
}
