// A word's shape: its length and its first and last letters, as one small number. Words of different
// shapes differ, so a shape rules most words out of a vocabulary before any text is compared; the
// tokenizer records each word's as it reads it (attribution/tokens.ts).

/** The longest word a shape describes. */
const MAX_SHAPED_LENGTH = 31;

/** How many shapes there are: every shapeOf is below it. */
export const SHAPES = (MAX_SHAPED_LENGTH + 1) * 26 * 26;

/** shapeOf a lower-case word. */
export function shapeOfWord(word: string): number {
  return shapeOf(word.length, word.charCodeAt(0), word.charCodeAt(word.length - 1));
}

/**
 * A lower-case word's length and first and last letters a-z as one number below
 * 32 × 26 × 26; -1 for a word of another shape (longer, or not starting and ending with a-z).
 */
export function shapeOf(length: number, first: number, last: number): number {
  const f = first - 0x61;
  const l = last - 0x61;
  if (length === 0 || length > MAX_SHAPED_LENGTH || f < 0 || f >= 26 || l < 0 || l >= 26) return -1;
  return (length * 26 + f) * 26 + l;
}
