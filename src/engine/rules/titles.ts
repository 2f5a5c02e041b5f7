// Which listed entities own which titles, and the title written right before a name.
// Compiled once per entity index (the index is immutable once compiled) and reused.
import { normaliseTitle, titlesOf, type EntityIndex } from '../entities/compile';
import type { Entity, Range } from '../types';

export interface TitleIndex {
  /** Normalized title → ids of the entities that carry it (as a whole title or its tail). */
  owners: Map<string, Set<string>>;
  /** The most words any title has: how far back to look before a name. */
  maxWords: number;
  /** The last word of every title, lower-cased: most names have none of these before them. */
  lastWords: Set<string>;
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
  return { owners, maxWords, lastWords };
}

/** Longer than any word of a title: looking further back along one word is wasted work. */
const MAX_TITLE_WORD = 60;

const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\u00a0';
const isLineBreak = (c: string) => c === '\n' || c === '\r';

/**
 * The longest listed title written directly before `nameStart` (separated by spaces or one line
 * break, no punctuation), or null. Looks back at most `maxWords` words.
 */
export function titleBefore(text: string, nameStart: number, titles: TitleIndex): WrittenTitle | null {
  if (titles.maxWords === 0) return null;
  let end = nameStart;
  let breaks = 0;
  while (end > 0 && (isSpace(text[end - 1]) || isLineBreak(text[end - 1]))) {
    if (text[end - 1] === '\n' && text[end - 2] === '\r') end--;
    if (isLineBreak(text[end - 1]) && ++breaks > 1) return null;
    end--;
  }
  if (end === nameStart) return null;
  let best: WrittenTitle | null = null;
  let cursor = end;
  for (let words = 0; words < titles.maxWords && cursor > 0; words++) {
    let start = cursor;
    while (start > 0 && !isSpace(text[start - 1]) && !isLineBreak(text[start - 1])) {
      if (cursor - start >= MAX_TITLE_WORD) return best; // no title has a word this long
      start--;
    }
    // Opening punctuation before the first word ("(Secretary", "“President") is not the title's.
    let first = start;
    while (first < cursor && !/[\p{L}\p{N}]/u.test(text[first])) first++;
    if (words === 0 && !titles.lastWords.has(text.slice(first, cursor).toLowerCase())) return null;
    if (first < cursor) {
      const written = text.slice(first, end);
      const key = /\s\s|[^\S ]/.test(written) ? normaliseTitle(written) : written.toLowerCase();
      const owners = titles.owners.get(key);
      if (owners) best = { range: { start: first, end }, key, owners };
    }
    if (first !== start) break; // punctuation opens the phrase: nothing before it belongs to the title
    cursor = start;
    while (cursor > 0 && isSpace(text[cursor - 1])) cursor--;
    if (cursor === start) break; // a line break between words: a title does not span lines
  }
  return best;
}
