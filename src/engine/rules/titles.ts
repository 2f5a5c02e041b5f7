// Which listed entities own which titles, and the title written right before a name.
// Compiled once per entity index (the index is immutable once compiled) and reused.
import { normaliseTitle, titlesOf, type EntityIndex } from '../entities/compile';
import * as chars from '../text/chars';
import type { Entity, Range } from '../types';

const { Ch } = chars;

export interface TitleIndex {
  /** Normalized title → ids of the entities that carry it (as a whole title or its tail). */
  owners: Map<string, Set<string>>;
  /** The most words any title has: how far back to look before a name. */
  maxWords: number;
  /** The last word of every title, lower-cased: most names have none of these before them. */
  lastWords: Set<string>;
  /** The last character of each of those words: most words before a name end in another. */
  lastWordEnds: Set<number>;
  /** The same words by length, so the word before a name is compared in place with the few of its length. */
  lastWordsByLength: Map<number, string[]>;
}

export interface WrittenTitle {
  range: Range;
  /** Normalized form, the key into TitleIndex.owners. */
  key: string;
  owners: Set<string>;
}

const cache = new WeakMap<EntityIndex, TitleIndex>();

/** A title before a name is written capitalized; prefer the entity's titles that already read so. */
export function preNameTitle(entity: Entity): string | null {
  const titles = titlesOf(entity);
  return titles.find((t) => /^\p{Lu}/u.test(t.trim())) ?? null;
}

export function titleIndex(index: EntityIndex): TitleIndex {
  let compiled = cache.get(index);
  if (!compiled) {
    compiled = compileTitles(index);
    cache.set(index, compiled);
  }
  return compiled;
}

/** The index's title map (whole titles → holders), extended with the titles' capitalized tails. */
function compileTitles(index: EntityIndex): TitleIndex {
  const owners = new Map<string, Set<string>>();
  let maxWords = 0;
  const add = (key: string, id: string) => {
    let set = owners.get(key);
    if (!set) owners.set(key, (set = new Set()));
    set.add(id);
  };
  for (const [key, holders] of index.titleOwners) {
    for (const entity of holders) if (entity.type === 'person') add(key, entity.id);
  }
  for (const entity of index.list.entities) {
    if (entity.type !== 'person') continue;
    for (const title of titlesOf(entity)) {
      const words = title.trim().split(/\s+/);
      maxWords = Math.max(maxWords, words.length);
      // "U.S. Secretary of State" also owns "Secretary of State": a tail that starts with a
      // capitalized word is the same title written without its qualifier.
      for (let i = 1; i < words.length; i++) {
        if (/^\p{Lu}/u.test(words[i])) add(normaliseTitle(words.slice(i).join(' ')), entity.id);
      }
    }
  }
  const lastWords = new Set<string>();
  for (const key of owners.keys()) lastWords.add(key.slice(key.lastIndexOf(' ') + 1));
  const lastWordEnds = new Set<number>();
  const lastWordsByLength = new Map<number, string[]>();
  for (const word of lastWords) {
    lastWordEnds.add(word.charCodeAt(word.length - 1));
    const same = lastWordsByLength.get(word.length);
    if (same) same.push(word);
    else lastWordsByLength.set(word.length, [word]);
  }
  return { owners, maxWords, lastWords, lastWordEnds, lastWordsByLength };
}

/** Longer than any word of a title: looking further back along one word is wasted work. */
const MAX_TITLE_WORD = 60;

const isSpace = (c: number) => c === Ch.Space || c === Ch.Tab || c === Ch.NoBreakSpace;
const isLineBreak = (c: number) => c === Ch.LineFeed || c === Ch.CarriageReturn;

/**
 * The longest listed title written directly before `nameStart` (separated by spaces or one line
 * break, no punctuation), or null. Looks back at most `maxWords` words. Most names have no title
 * before them, so the word right before is tested against the titles' last words first, by
 * character codes, and only a word that passes is read as the end of a title.
 */
export function titleBefore(text: string, nameStart: number, titles: TitleIndex): WrittenTitle | null {
  if (titles.maxWords === 0) return null;
  const end = wordsEndBefore(text, nameStart);
  if (end < 0 || end === nameStart || !endsWithTitleWord(text, end, titles)) return null;
  return longestTitleEndingAt(text, end, titles);
}

/** Where the words before `nameStart` end, across spaces and one line break; -1 past a second break. */
function wordsEndBefore(text: string, nameStart: number): number {
  let end = nameStart;
  let breaks = 0;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (isSpace(c)) {
      end--;
      continue;
    }
    if (!isLineBreak(c)) break;
    if (c === Ch.LineFeed && text.charCodeAt(end - 2) === Ch.CarriageReturn) end--;
    if (++breaks > 1) return -1;
    end--;
  }
  return end;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Opening punctuation before a first word ("(Secretary", "“President") is not the title's. */
function firstLetter(text: string, start: number, end: number): number {
  let first = start;
  while (first < end) {
    const c = text.charCodeAt(first);
    // ASCII decided by range; anything else by its Unicode category.
    if (c < 128 ? (c >= 48 && c <= 57) || ((c | 0x20) >= 97 && (c | 0x20) <= 122) : LETTER_OR_DIGIT.test(text[first])) break;
    first++;
  }
  return first;
}

function endsWithTitleWord(text: string, end: number, titles: TitleIndex): boolean {
  // An ASCII character lower-cases on its own: when it ends no title word, the word is not one.
  const last = text.charCodeAt(end - 1);
  if (last < 128 && !titles.lastWordEnds.has(last >= 65 && last <= 90 ? last + 32 : last)) return false;
  let start = end;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1)) && !isLineBreak(text.charCodeAt(start - 1))) {
    if (end - start >= MAX_TITLE_WORD) return false; // no title has a word this long
    start--;
  }
  const first = firstLetter(text, start, end);
  // Most words before a name are not a title's: compared in place with the title words of their
  // length, and made a string only when they hold a character beyond ASCII.
  const same = titles.lastWordsByLength.get(end - first);
  for (let k = 0; same !== undefined && k < same.length; k++) {
    const match = sameAsciiLowerCase(text, first, same[k]!);
    if (match !== false) return match === true || titles.lastWords.has(text.slice(first, end).toLowerCase());
  }
  // A word beyond ASCII may change length when lower-cased ("İ"): it is read as a string.
  return !isAscii(text, first, end) && titles.lastWords.has(text.slice(first, end).toLowerCase());
}

/**
 * Whether the text from `at` is `word` (lower-case) in any case: true or false when its characters are
 * ASCII, null when one beyond ASCII leaves it to a string comparison.
 */
function sameAsciiLowerCase(text: string, at: number, word: string): boolean | null {
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    if (c >= 128) return null;
    if ((c >= 65 && c <= 90 ? c + 32 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

function isAscii(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/** The longest listed title ending at `end`, whose last word is known to end a title. */
function longestTitleEndingAt(text: string, end: number, titles: TitleIndex): WrittenTitle | null {
  let best: WrittenTitle | null = null;
  let cursor = end;
  for (let words = 0; words < titles.maxWords && cursor > 0; words++) {
    let start = cursor;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1)) && !isLineBreak(text.charCodeAt(start - 1))) {
      if (cursor - start >= MAX_TITLE_WORD) return best; // no title has a word this long
      start--;
    }
    const first = firstLetter(text, start, cursor);
    if (first < cursor) {
      const written = text.slice(first, end);
      const key = /\s\s|[^\S ]/.test(written) ? normaliseTitle(written) : written.toLowerCase();
      const owners = titles.owners.get(key);
      if (owners) best = { range: { start: first, end }, key, owners };
    }
    if (first !== start) break; // punctuation opens the phrase: nothing before it belongs to the title
    cursor = start;
    while (cursor > 0 && isSpace(text.charCodeAt(cursor - 1))) cursor--;
    if (cursor === start) break; // a line break between words: a title does not span lines
  }
  return best;
}
