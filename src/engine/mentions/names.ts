// Reading a person's name from a paragraph's tokens: two to four capitalised words ("Yuri Ushakov"),
// with joined pieces ("Jean-Claude", "O'Brien"), initials ("J."), suffixes ("Jr.") and particles
// ("von der"). Names are read in place: the words stay tokens, and a string is made only for a name
// that is found.
import { NAME_PARTICLES, NOT_PERSON_WORDS, NOT_TITLE_WORDS } from '../vocabulary/titles';
import { hashWord, IntSet } from './hash';
import { addHashBit, mayHaveHash, newHashBits } from './hash-bits';
import { GAP_NONE, GAP_SPACE, isWordCodePoint, spellingCode, startsUpper, type Tokens } from './tokens';
import { work } from './work';

export const MAX_NAME_WORDS = 4;
/** Pieces of one name word joined by hyphens or apostrophes ("Jean-Claude", "O'Brien"), times two. */
const MAX_NAME_PIECES = 8;

/** Hashes of the name particles, so the word after a name is ruled out without making its string. */
const PARTICLE_BITS = newHashBits();
for (const particle of NAME_PARTICLES) addHashBit(PARTICLE_BITS, hashWord(particle));

/** Hashes of the words, lower-case, that show a capitalised run is not a person's name. */
const NOT_NAME_HASHES = new IntSet();
for (const word of NOT_PERSON_WORDS) NOT_NAME_HASHES.add(hashWord(word));
for (const word of NOT_TITLE_WORDS) NOT_NAME_HASHES.add(hashWord(word));

/** Whether token `i` is one character, `code`; punctuation tokens are single characters. */
export function isChar(tokens: Tokens, i: number, code: number): boolean {
  return tokens.end(i) - tokens.start(i) === 1 && tokens.source.charCodeAt(tokens.start(i)) === code;
}

/** The first token of a name word ("Jean" of "Jean-Claude"), as Tokens would split it. */
export function firstPiece(word: string): string {
  let end = 0;
  while (end < word.length) {
    const cp = word.codePointAt(end)!;
    if (!isWordCodePoint(cp)) break;
    end += cp > 0xffff ? 2 : 1;
  }
  return end === 0 ? word : word.slice(0, end);
}

/**
 * hashWord of tokens first..last (one word: "Jean-Claude") lower-cased, computed on the source; 0
 * when they have a character beyond ASCII.
 */
export function asciiLowerHash(tokens: Tokens, first: number, last: number): number {
  const source = tokens.source;
  let hash = 0x811c9dc5 | 0;
  for (let t = first; t <= last; t++) {
    const end = tokens.end(t);
    for (let c = tokens.start(t); c < end; c++) {
      const code = source.charCodeAt(c);
      if (code >= 128) return 0;
      hash = Math.imul(hash ^ (code >= 65 && code <= 90 ? code + 32 : code), 0x01000193);
    }
  }
  return hash;
}

/** A word that can be part of a name: capitalised, and not all capitals unless it is short ("JD"). */
export function isNameWord(tokens: Tokens, i: number): boolean {
  if (!tokens.isWord(i)) return false;
  const source = tokens.source;
  const start = tokens.start(i);
  const end = tokens.end(i);
  const first = source.charCodeAt(start);
  if (first < 128 ? first < 65 || first > 90 : !startsUpper(source.charAt(start))) return false;
  if (end - start <= 2) return true;
  // Not all capitals: some later letter is lower-case.
  for (let j = start + 1; j < end; j++) {
    const c = source.charCodeAt(j);
    if (c < 128 ? c >= 97 && c <= 122 : source.charAt(j) !== source.charAt(j).toUpperCase()) return true;
  }
  return false;
}

/**
 * The name read last: the first token of each of its words ("Jean-Claude" and "J." are one word each),
 * and its last token. Every capitalised word that may start a known name is read, so one record serves
 * them all; callers use it before the next read.
 */
export const nameRead = { wordFirsts: new Int32Array(MAX_NAME_WORDS + 3), count: 0, last: -1 };

/**
 * Reads up to `limit` name words from token `at` into `nameRead`: "Jean-Claude", "O'Brien", initials
 * "J.", particles "von der". Returns the last token of the name (before any possessive ending), or -1
 * when token `at` starts no name.
 */
export function readName(tokens: Tokens, at: number, limit: number): number {
  const words = nameRead.wordFirsts;
  let count = 0;
  let i = at;
  let last = -1;
  while (i < tokens.length && count <= limit) {
    if (i > at && tokens.gap(i) !== GAP_SPACE) break;
    const isParticle = tokens.isWord(i) && count > 0 && mayHaveHash(PARTICLE_BITS, tokens.hashes[i]!) && NAME_PARTICLES.has(tokens.text(i));
    if (!isParticle && !isNameWord(tokens, i)) break;
    let j = i;
    // Joined pieces: "Jean-Claude", "al-Sharaa", "O'Brien" (but not a possessive "'s").
    while (j - i < MAX_NAME_PIECES && j + 2 < tokens.length && tokens.gap(j + 1) === GAP_NONE && tokens.gap(j + 2) === GAP_NONE && tokens.isWord(j + 2)) {
      work.steps++;
      const mark = spellingCode(tokens.source.charCodeAt(tokens.start(j + 1)));
      if (mark !== 45 /* - */ && mark !== 39 /* ' */) break;
      if (mark === 39 && (isChar(tokens, j + 2, 115 /* s */) || isChar(tokens, j + 2, 83 /* S */))) break;
      j += 2;
    }
    if (isParticle && j === i) {
      // A bare particle counts only when a name word follows it.
      if (j + 1 >= tokens.length || tokens.gap(j + 1) !== GAP_SPACE || !isNameWord(tokens, j + 1)) break;
    }
    const initialOrSuffix = j === i && (tokens.end(i) - tokens.start(i) === 1 || tokens.textIs(i, 'Jr') || tokens.textIs(i, 'Sr'));
    if (initialOrSuffix && j + 1 < tokens.length && tokens.gap(j + 1) === GAP_NONE && isChar(tokens, j + 1, 46 /* . */)) j++;
    words[count++] = i;
    work.steps++;
    last = j;
    i = j + 1;
  }
  nameRead.count = count;
  nameRead.last = last;
  return last;
}

/** The last token of word `w` of the name read last. */
export function nameWordLast(w: number): number {
  return w + 1 < nameRead.count ? nameRead.wordFirsts[w + 1]! - 1 : nameRead.last;
}

/** Word `w` of the name read last, as written ("Jean-Claude", "J."). */
export function nameWord(tokens: Tokens, w: number): string {
  const first = nameRead.wordFirsts[w]!;
  const last = nameWordLast(w);
  let word = tokens.text(first);
  for (let t = first + 1; t <= last; t++) word += tokens.text(t);
  return word;
}

/** The name at tokens first..last: its words joined by single spaces. */
export function nameText(tokens: Tokens, first: number, last: number): string {
  let name = tokens.text(first);
  for (let t = first + 1; t <= last; t++) name += tokens.gap(t) === GAP_SPACE ? ' ' + tokens.text(t) : tokens.text(t);
  return name;
}

/**
 * The name read last has two to four words, none of them a date, an institution's word or a function
 * word, and does not end in an initial ("J.").
 */
export function isPersonName(tokens: Tokens): boolean {
  const count = nameRead.count;
  if (count < 2 || count > MAX_NAME_WORDS) return false;
  const lastFirst = nameRead.wordFirsts[count - 1]!;
  if (nameRead.last === lastFirst + 1 && tokens.end(lastFirst) - tokens.start(lastFirst) === 1) return false;
  for (let w = 0; w < count; w++) {
    if (!mayBeNotNameWord(tokens, w)) continue;
    const word = nameWord(tokens, w);
    const lower = (word.endsWith('.') ? word.slice(0, -1) : word).toLowerCase();
    if (NOT_PERSON_WORDS.has(lower) || NOT_TITLE_WORDS.has(lower)) return false;
  }
  return true;
}

/** Whether word `w` of the name read last may be a word no name has; decided by hash for ASCII words. */
function mayBeNotNameWord(tokens: Tokens, w: number): boolean {
  const first = nameRead.wordFirsts[w]!;
  let last = nameWordLast(w);
  // Without its dot ("Gen." is "gen").
  if (last > first && isChar(tokens, last, 46 /* . */)) last--;
  const lowerHash = asciiLowerHash(tokens, first, last);
  return lowerHash === 0 || NOT_NAME_HASHES.has(lowerHash);
}

/** Words after a surname, each with or without a dot ("Jr", "III."). */
const NAME_SUFFIXES = ['Jr', 'Sr', 'II', 'III', 'IV'];

/** Whether word `w` of the name read last is a suffix, compared in place. */
function isSuffixWord(tokens: Tokens, w: number): boolean {
  const first = nameRead.wordFirsts[w]!;
  const last = nameWordLast(w);
  if (last !== first && (last !== first + 1 || !isChar(tokens, last, 46 /* . */))) return false;
  for (let s = 0; s < NAME_SUFFIXES.length; s++) if (tokens.textIs(first, NAME_SUFFIXES[s]!)) return true;
  return false;
}

/** The word of the name read last that is its surname: the last one before any suffix. */
export function surnameWord(tokens: Tokens): number {
  let w = nameRead.count - 1;
  while (w > 0 && isSuffixWord(tokens, w)) w--;
  return w;
}

/**
 * hashWord(firstPiece(nameWord(tokens, w))) for the name read last. The word's first token is that
 * piece, and its hash the token's, unless a surrogate in it or a word token joined to it splits the
 * word otherwise: then the piece is made.
 */
export function firstPieceHash(tokens: Tokens, w: number): number {
  const first = nameRead.wordFirsts[w]!;
  if ((nameWordLast(w) === first || !tokens.isWord(first + 1)) && !hasSurrogate(tokens, first)) return tokens.hashes[first]!;
  return hashWord(firstPiece(nameWord(tokens, w)));
}

function hasSurrogate(tokens: Tokens, i: number): boolean {
  const source = tokens.source;
  const end = tokens.end(i);
  for (let c = tokens.start(i); c < end; c++) {
    const code = source.charCodeAt(c);
    if (code >= 0xd800 && code <= 0xdfff) return true;
  }
  return false;
}
