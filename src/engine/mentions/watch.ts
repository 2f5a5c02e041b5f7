// The words worth a closer look, by hash: first words of listed names and descriptors, role words,
// pronouns, capitalised words (which may name an unlisted person met before), and the cue and hedge
// words claims looks for. Tokens marks them as it scans, and each pass then visits only its own marked
// words.
import type { EntityIndex } from '../entities/compile';
import { hashWord, IntBits, IntSet } from './hash';

export const WATCH_NAME = 1;
export const WATCH_DESCRIPTOR = 2;
export const WATCH_ROLE = 4;
export const WATCH_PRONOUN = 8;
export const WATCH_CAPITAL = 16;
/** The word as written is a cue or hedge word claims looks for (or the first run of one: "e" of "e-mailed"). */
export const WATCH_CUE = 32;
/**
 * The word has a character beyond ASCII, which its hash cannot be matched through: a cue word as a
 * pattern's `\b` reads it may still hide in it ("saidé" holds "said").
 */
export const WATCH_BEYOND_ASCII = 64;

export interface Watch {
  /**
   * Hash of the word as written → bits. Descriptors' first words are here as kept (first letter
   * lower-cased) and, when that letter is ASCII, capitalised too, so most words need no second hash.
   */
  exact: IntBits;
  /** Hashes of descriptors' first words with the first letter lower-cased, for words starting beyond ASCII. */
  lowered: IntSet;
  /**
   * One bit per value of a hash's low 16 bits, set for every hash in `exact` (which holds `lowered`
   * too). Most words are in neither, and one bit test rules them out before either table is probed.
   */
  maybe: Uint32Array;
}

/** Whether `hash` may be in one of the watch's tables (a clear bit in `maybe`: certainly in neither). */
export function mayWatch(maybe: Uint32Array, hash: number): boolean {
  return (maybe[(hash >>> 5) & 0x7ff]! & (1 << (hash & 31))) !== 0;
}

function markMaybe(maybe: Uint32Array, hash: number): void {
  maybe[(hash >>> 5) & 0x7ff] |= 1 << (hash & 31);
}

const built = new WeakMap<EntityIndex, Watch>();

/** The watch for an index and the vocabulary, built once per compiled index. */
export function watchFor(index: EntityIndex, roleHashes: IntSet, pronounHashes: IntSet, cueHashes: IntSet): Watch {
  let watch = built.get(index);
  if (!watch) {
    const exact = new IntBits();
    index.names.firstHashes.forEach((h) => exact.add(h, WATCH_NAME));
    roleHashes.forEach((h) => exact.add(h, WATCH_ROLE));
    pronounHashes.forEach((h) => exact.add(h, WATCH_PRONOUN));
    cueHashes.forEach((h) => exact.add(h, WATCH_CUE));
    index.descriptors.firstHashes.forEach((h) => exact.add(h, WATCH_DESCRIPTOR));
    for (const first of index.descriptors.root.next?.keys() ?? []) {
      const code = first.charCodeAt(0);
      if (code >= 97 && code <= 122) exact.add(hashWord(String.fromCharCode(code - 32) + first.slice(1)), WATCH_DESCRIPTOR);
    }
    const maybe = new Uint32Array(0x800);
    exact.forEach((h) => markMaybe(maybe, h));
    watch = { exact, lowered: index.descriptors.firstHashes, maybe };
    built.set(index, watch);
  }
  return watch;
}
