// Compiles a merged entity list once into the lookups the analysis needs: one token trie for every
// name, alias, surname and misspelling (case-sensitive), one for descriptors (first letter in either
// case), and the titles each entity holds.
import { insertPhrase, newTrie, type Trie } from '../mentions/trie';
import { tokenizePhrase, type PhraseToken } from '../mentions/tokens';
import type { Entity, EntityList } from '../types';

export type ListedKind = 'name' | 'alias' | 'surname' | 'misspelling' | 'descriptor';

/** What a matched phrase refers to. */
export interface PhraseTarget {
  entity: Entity;
  kind: ListedKind;
  /** For misspellings: the house form (the name, or the single word of it that was misspelled). */
  fix?: string;
  /** The entity's position in the list, to break ties the same way every time. */
  order: number;
}

export interface EntityIndex {
  list: EntityList;
  byId: Map<string, Entity>;
  /** Names, aliases, surnames and misspellings: exact tokens. */
  names: Trie<PhraseTarget>;
  /** Descriptors, keyed by their first token with its first letter lower-cased. */
  descriptors: Trie<PhraseTarget>;
  /** Every listed title, lower-cased with single spaces → the entities that hold it. */
  titleOwners: Map<string, Entity[]>;
}

const NAME_SUFFIXES = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);

function strings(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}

function words(s: string): string[] {
  return s.split(/\s+/).filter((w) => w !== '');
}

/** A person's surname: the last word of the name, ignoring suffixes like "Jr."; null for one-word names. */
export function surnameOf(entity: Entity): string | null {
  if (entity.type !== 'person' || typeof entity.name !== 'string') return null;
  const parts = words(entity.name);
  while (parts.length > 1 && NAME_SUFFIXES.has(parts[parts.length - 1]!)) parts.pop();
  return parts.length >= 2 ? parts[parts.length - 1]! : null;
}

/** The entity's title and other acceptable titles, without duplicates. */
export function titlesOf(entity: Entity): string[] {
  const all = [...(typeof entity.title === 'string' && entity.title.trim() ? [entity.title] : []), ...strings(entity.titles)];
  return [...new Set(all)];
}

export function normaliseTitle(title: string): string {
  return words(title).join(' ').toLowerCase();
}

/** The entities holding a title, compared case-insensitively ("Secretary of State" = "secretary of state"). */
export function ownersOfTitle(index: EntityIndex, title: string): Entity[] {
  return index.titleOwners.get(normaliseTitle(title)) ?? [];
}

export function entityById(index: EntityIndex, id: string): Entity | undefined {
  return index.byId.get(id);
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * The house form a misspelling should become: the whole name when the misspelling has several words,
 * else the word of the name closest to it ("Zelensky" → "Zelenskiy", "Volodimir" → "Volodymyr").
 */
export function fixFor(entity: Entity, misspelling: string): string {
  const nameWords = words(entity.name);
  if (words(misspelling).length > 1 || nameWords.length < 2) return entity.name;
  const target = misspelling.slice(0, 64);
  let best = nameWords[nameWords.length - 1]!;
  let bestDistance = Infinity;
  for (const word of nameWords) {
    if (NAME_SUFFIXES.has(word)) continue;
    const d = editDistance(target, word.slice(0, 64));
    if (d < bestDistance) {
      bestDistance = d;
      best = word;
    }
  }
  return best;
}

/** Phrases given with a leading "the" match with or without it; the matcher adds a preceding "the" itself. */
function withoutArticle(tokens: PhraseToken[]): PhraseToken[] {
  if (tokens.length > 1 && tokens[0]!.text.toLowerCase() === 'the') {
    const rest = tokens.slice(1);
    rest[0] = { ...rest[0]!, gap: 'break' };
    return rest;
  }
  return tokens;
}

function addName(root: Trie<PhraseTarget>, phrase: string, target: PhraseTarget): void {
  const tokens = tokenizePhrase(phrase);
  insertPhrase(root, tokens, target);
  // Datelines set places in capitals ("KYIV, Dec 19"). People's names are left alone: a surname in
  // capitals is too often an ordinary word in a capitalised headline ("MAY", "BUSH").
  if (target.entity.type === 'person') return;
  const upper = phrase.toUpperCase();
  if (upper !== phrase && /\p{Ll}/u.test(phrase)) insertPhrase(root, tokenizePhrase(upper), target);
}

export function compileEntities(list: EntityList): EntityIndex {
  const entities = Array.isArray(list?.entities) ? list.entities.filter((e) => e && typeof e.id === 'string' && typeof e.name === 'string') : [];
  const byId = new Map<string, Entity>();
  const names = newTrie<PhraseTarget>();
  const descriptors = newTrie<PhraseTarget>(true);
  const titleOwners = new Map<string, Entity[]>();
  entities.forEach((entity, order) => {
    byId.set(entity.id, entity);
    addName(names, entity.name, { entity, kind: 'name', order });
    const surname = surnameOf(entity);
    if (surname) addName(names, surname, { entity, kind: 'surname', order });
    for (const alias of strings(entity.aliases)) {
      if (alias !== surname && alias !== entity.name) addName(names, alias, { entity, kind: 'alias', order });
    }
    for (const misspelling of strings(entity.misspellings)) {
      insertPhrase(names, tokenizePhrase(misspelling), { entity, kind: 'misspelling', fix: fixFor(entity, misspelling), order });
    }
    for (const descriptor of strings(entity.descriptors)) {
      const tokens = withoutArticle(tokenizePhrase(descriptor));
      insertPhrase(descriptors, tokens, { entity, kind: 'descriptor', order });
    }
    for (const title of titlesOf(entity)) {
      const key = normaliseTitle(title);
      const owners = titleOwners.get(key);
      if (!owners) titleOwners.set(key, [entity]);
      else if (!owners.includes(entity)) owners.push(entity);
    }
  });
  return { list, byId, names, descriptors, titleOwners };
}
