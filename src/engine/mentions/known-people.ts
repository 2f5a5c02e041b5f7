// The unlisted people introduced so far in a document, so that later references to them by full name
// or surname are found ("Ushakov said"). A name read from the tokens is looked up by a key made of its
// tokens' hashes and confirmed on the source, so the many capitalised words that start no one's name
// never become strings.
import { IntMap, IntSet } from './hash';
import { addHashBit, mayHaveHash, newHashBits, type HashBits } from './hash-bits';
import { firstPieceHash, nameRead, nameWord, nameWordLast, surnameWord } from './names';
import { GAP_SPACE, spellingCode, type Tokens } from './tokens';

/** A spelling the registry knows: a full name or a surname, and the person it refers to. */
interface KnownName {
  spelling: string;
  person: string;
  /** The next known spelling with the same key. */
  next: KnownName | undefined;
}

export interface UnlistedRegistry {
  /**
   * Full names ("Yuri Ushakov", each its own person) and surnames (→ the full name of the person last
   * introduced with it), by `spellingKey`. A full name has a space, a surname none, so the two never meet.
   */
  known: IntMap<KnownName>;
  /** Hashes of the first token of every registered full name and surname. */
  firstHashes: IntSet;
  /** The same hashes as bits: most capitalised words start no known name, and one load rules them out. */
  firstBits: HashBits;
}

export function newUnlistedRegistry(): UnlistedRegistry {
  return { known: new IntMap(), firstHashes: new IntSet(), firstBits: newHashBits() };
}

/**
 * The key of the name at tokens first..last: its tokens' hashes (0 for punctuation, so "’" and "'"
 * agree) and the spaces between them, mixed. Within a name a spelling splits into tokens one way only,
 * so equal spellings have equal keys.
 */
function spellingKey(tokens: Tokens, first: number, last: number): number {
  let key = 0;
  for (let t = first; t <= last; t++) {
    if (t > first && tokens.gap(t) === GAP_SPACE) key = Math.imul(key ^ 32, 0x01000193);
    key = Math.imul(key ^ tokens.hashes[t]!, 0x01000193);
  }
  return key;
}

/** Whether the name at tokens first..last is spelled `spelling` (words joined by single spaces), compared in place. */
function spells(tokens: Tokens, first: number, last: number, spelling: string): boolean {
  const source = tokens.source;
  const start = tokens.start(first);
  // Most names are written as they were registered, one space between words: one native comparison.
  // (A spelling holds no other whitespace, no double space and no markup, so a source that equals it
  // is read as it, token by token, below.)
  if (tokens.end(last) - start === spelling.length && source.startsWith(spelling, start)) return true;
  let p = 0;
  for (let t = first; t <= last; t++) {
    if (t > first && tokens.gap(t) === GAP_SPACE && spelling.charCodeAt(p++) !== 32) return false;
    const end = tokens.end(t);
    for (let c = tokens.start(t); c < end; c++) if (spelling.charCodeAt(p++) !== spellingCode(source.charCodeAt(c))) return false;
  }
  return p === spelling.length;
}

function know(registry: UnlistedRegistry, key: number, spelling: string, person: string): void {
  const first = registry.known.get(key);
  for (let known = first; known; known = known.next) {
    if (known.spelling === spelling) {
      known.person = person;
      return;
    }
  }
  registry.known.set(key, { spelling, person, next: first });
}

function addFirstHash(registry: UnlistedRegistry, hash: number): void {
  registry.firstHashes.add(hash);
  addHashBit(registry.firstBits, hash);
}

/** Registers the person just introduced as `name`, which must be the name read last (see names.ts). */
export function register(registry: UnlistedRegistry, tokens: Tokens, name: string): void {
  const w = surnameWord(tokens);
  const surname = nameWord(tokens, w);
  know(registry, spellingKey(tokens, nameRead.wordFirsts[w]!, nameWordLast(w)), surname, name);
  know(registry, spellingKey(tokens, nameRead.wordFirsts[0]!, nameRead.last), name, name);
  addFirstHash(registry, firstPieceHash(tokens, 0));
  addFirstHash(registry, firstPieceHash(tokens, w));
}

/** Whether a known name may start with a word of this hash. */
export function mayStartKnown(registry: UnlistedRegistry, hash: number): boolean {
  return mayHaveHash(registry.firstBits, hash) && registry.firstHashes.has(hash);
}

/** The person a name read at tokens first..last refers to, if the registry knows its spelling. */
export function knownPerson(registry: UnlistedRegistry, tokens: Tokens, first: number, last: number): string | undefined {
  for (let known = registry.known.get(spellingKey(tokens, first, last)); known; known = known.next) {
    if (spells(tokens, first, last, known.spelling)) return known.person;
  }
  return undefined;
}
