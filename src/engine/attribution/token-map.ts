// Vocabulary lookups that need no string. A token knows its shape (its length and first and last
// letters, recorded by the tokenizer), and equal words have equal shapes: the shape picks the few words
// of a list the token could be, and those are compared with the token's text in place. Most words of
// news copy share their shape with no word of a list, so most lookups end at one bit, and the
// token's lower-case string is never made (a Set must hash that string, made for the purpose, first).
import { SHAPES, shapeOfWord } from './shape';
import type { Token } from './tokens';

/** Fibonacci hashing's multiplier: spreads consecutive shapes over the table. */
const GOLDEN = 0x9e3779b1 | 0;

export class TokenMap<T> {
  /**
   * An open-addressing table from shapes to buckets, a few times larger than the list's shapes so that
   * most probes meet an empty slot at once: a slot is 0 (empty) or (1 + shape) << 16 | bucket. Small,
   * so the tables of every list stay in cache.
   */
  private readonly slots: Int32Array;
  private readonly shift: number;
  /** One bit per shape, set where a word of the list has it: most tokens are ruled out by this one read. */
  private readonly shapes = new Uint32Array(SHAPES >>> 5);
  private readonly words: string[][] = [];
  private readonly values: T[][] = [];
  /** Words no shape describes ("u.s.", "9/11", punctuation), looked up by their text. */
  private readonly unshaped = new Map<string, T>();

  constructor(entries: Iterable<readonly [string, T]>) {
    const buckets = new Map<number, number>();
    for (const [word, value] of entries) {
      const shape = shapeOfWord(word);
      if (shape < 0) {
        this.unshaped.set(word, value);
        continue;
      }
      this.shapes[shape >>> 5] |= 1 << (shape & 31);
      let bucket = buckets.get(shape);
      if (bucket === undefined) {
        bucket = this.words.length;
        buckets.set(shape, bucket);
        this.words.push([]);
        this.values.push([]);
      }
      const at = this.words[bucket]!.indexOf(word);
      if (at >= 0) this.values[bucket]![at] = value; // a word given twice keeps its last value, as Map.set does
      else {
        this.words[bucket]!.push(word);
        this.values[bucket]!.push(value);
      }
    }
    let bits = 4;
    while (1 << bits < buckets.size * 4) bits++;
    this.slots = new Int32Array(1 << bits);
    this.shift = 32 - bits;
    for (const [shape, bucket] of buckets) {
      let k = this.slotOf(shape);
      while (this.slots[k] !== 0) k = (k + 1) & (this.slots.length - 1);
      this.slots[k] = ((shape + 1) << 16) | bucket;
    }
  }

  /** The value of the token's lower-case text, as a Map keyed by `lower` would answer. */
  get(t: Token): T | undefined {
    const shape = t.shape;
    if (shape < 0) return this.unshaped.size === 0 ? undefined : this.unshaped.get(t.lower);
    if ((this.shapes[shape >>> 5]! & (1 << (shape & 31))) === 0) return undefined;
    const slots = this.slots;
    for (let k = this.slotOf(shape); ; k = (k + 1) & (slots.length - 1)) {
      const slot = slots[k]!;
      if (slot === 0) return undefined;
      if (slot >>> 16 !== shape + 1) continue;
      const bucket = slot & 0xffff;
      const words = this.words[bucket]!;
      for (let w = 0; w < words.length; w++) if (t.is(words[w]!)) return this.values[bucket]![w];
      return undefined;
    }
  }

  /** Whether the token's lower-case text is a key, as a Map keyed by `lower` would answer. */
  has(t: Token): boolean {
    return this.get(t) !== undefined;
  }

  /** Where a shape's probe starts. */
  private slotOf(shape: number): number {
    return Math.imul(shape, GOLDEN) >>> this.shift;
  }
}

/** A set of words asked about tokens: `has(t)` answers as `set.has(t.lower)`. */
export class TokenSet extends TokenMap<true> {
  constructor(words: Iterable<string>) {
    super([...words].map((word) => [word, true] as const));
  }
}
