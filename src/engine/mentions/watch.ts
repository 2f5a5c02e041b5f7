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
   * `exact` again as a direct-mapped table, read for every word: the slot is picked by the hash's low
   * bits, and its entry holds the hash's other bits (the key) above the word's watch bits. A slot that
   * two hashes of `exact` fall in holds WatchSlot.Shared alone, and sends its words to `exact`.
   */
  slots: Int32Array;
}

/** The layout of `Watch.slots`, as a const enum so that the bundler writes the values in as literals. */
export const enum WatchSlot {
  /**
   * The hash bits that pick the slot. 2^13 slots (32 KB): few of a list's hashes share one, and the
   * table stays in the cache better than a larger one while the text streams through.
   */
  Mask = 0x1fff,
  /** The bits of an entry that are watch bits; the bits above Mask are the key. */
  Bits = 0xff,
  /** The slot holds two hashes or more: look the word up in `exact`. */
  Shared = 0x80,
}

/**
 * The watch bits of `hash`. The slot is read with integer work only: a branch on whether a word is
 * watched would be mispredicted for one word in eight. (Tokens.fill writes this out.)
 */
export function watchBits(watch: Watch, hash: number): number {
  const entry = watch.slots[hash & WatchSlot.Mask]!;
  const differs = (entry ^ hash) & ~WatchSlot.Mask;
  // `differs | -differs` has its sign bit set unless differs is 0, so `same` is all ones or 0.
  const same = ~((differs | -differs) >> 31);
  const bits = entry & WatchSlot.Bits & (same | WatchSlot.Shared);
  return bits === WatchSlot.Shared ? watch.exact.get(hash) : bits;
}

function slotsOf(exact: IntBits): Int32Array {
  const slots = new Int32Array(WatchSlot.Mask + 1);
  const taken = new Uint8Array(WatchSlot.Mask + 1);
  exact.forEach((hash) => {
    const slot = hash & WatchSlot.Mask;
    slots[slot] = taken[slot] ? WatchSlot.Shared : (hash & ~WatchSlot.Mask) | exact.get(hash);
    taken[slot] = 1;
  });
  return slots;
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
    watch = { exact, lowered: index.descriptors.firstHashes, slots: slotsOf(exact) };
    built.set(index, watch);
  }
  return watch;
}
