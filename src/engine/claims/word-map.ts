// A small map from vocabulary words to values, for looking up every token of a sentence. A Map or Set
// must hash a token's text before it can answer, and a token's lower-case text is a fresh string whose
// hash is not yet known: hashing it costs more than the rest of the lookup. This map picks a slot from
// the word's length and three of its characters instead; most words find their slot empty, and the
// few vocabulary words sharing a slot are compared.

/** A power of two, well above the vocabulary's size, so that most other words land on an empty slot. */
const SLOTS = 4096;

export class WordMap<T> {
  /** Per slot, the index of its bucket, or -1. */
  private readonly slots = new Int16Array(SLOTS).fill(-1);
  private readonly words: string[][] = [];
  private readonly values: T[][] = [];

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, value] of entries) {
      const slot = slotOf(word);
      if (this.slots[slot] < 0) {
        this.slots[slot] = this.words.length;
        this.words.push([]);
        this.values.push([]);
      }
      this.words[this.slots[slot]].push(word);
      this.values[this.slots[slot]].push(value);
    }
  }

  get(word: string): T | undefined {
    if (word.length === 0) return undefined;
    const bucket = this.slots[slotOf(word)];
    if (bucket < 0) return undefined;
    const words = this.words[bucket];
    for (let i = 0; i < words.length; i++) if (words[i] === word) return this.values[bucket][i];
    return undefined;
  }
}

/** Mixes the length and the first, middle and last characters (FNV-1a steps), keeping the high bits. */
function slotOf(word: string): number {
  const n = word.length;
  let hash = Math.imul(0x811c9dc5 ^ n, 0x01000193);
  hash = Math.imul(hash ^ word.charCodeAt(0), 0x01000193);
  hash = Math.imul(hash ^ word.charCodeAt(n >> 1), 0x01000193);
  hash = Math.imul(hash ^ word.charCodeAt(n - 1), 0x01000193);
  return (hash >>> 20) & (SLOTS - 1);
}
