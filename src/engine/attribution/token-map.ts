// Vocabulary lookups that need no string. A token knows its shape (its length and first and last
// letters, recorded by the tokenizer), and equal words have equal shapes. Each list keeps a bit per
// shape its words have: most words of news copy share their shape with no word of a list, so most
// questions end at that one read. A token that passes it is looked for in the vocabulary (every word of
// every list, numbered once), among the few words of its shape, compared with its text in place; the
// number it gets is kept on the token (Token.vocab), so the next list asked about it (classify asks up
// to ten) answers with one array read. The token's lower-case string is never made (a Set must hash
// that string, made for the purpose, first).
import { SHAPES, shapeOfWord } from './shape';
import type { Token } from './tokens';

/** Fibonacci hashing's multiplier: spreads consecutive shapes over the table. */
const GOLDEN = 0x9e3779b1 | 0;

/** What Vocabulary.find answers for a word no list has. */
const UNKNOWN = -1;

/** Every word of every list, numbered in the order the lists name them. */
class Vocabulary {
  /** The words, by number. */
  private readonly words: string[] = [];
  /**
   * Each word's second letter (-1 for a one-letter word), by number: words of one shape mostly differ
   * there, so a candidate is ruled out by one comparison before its text is compared.
   */
  private seconds = new Int32Array(1024);
  /**
   * An open-addressing table from shapes to buckets, kept a few times larger than the shapes in it so
   * that most probes meet an empty slot at once: a slot is 0 (empty) or (1 + shape) << 16 | bucket.
   */
  private slots = new Int32Array(1 << 10);
  private shift = 32 - 10;
  private shapeCount = 0;
  /** The numbers of the words of one shape. */
  private readonly buckets: number[][] = [];
  /** Words no shape describes ("u.s.", "9/11", punctuation), found by their text. */
  private readonly unshaped = new Map<string, number>();

  get size(): number {
    return this.words.length;
  }

  /** The word's number, given it when it is new. */
  add(word: string): number {
    const shape = shapeOfWord(word);
    if (shape < 0) {
      let id = this.unshaped.get(word);
      if (id === undefined) this.unshaped.set(word, (id = this.words.push(word) - 1));
      return id;
    }
    let bucket = this.bucketOf(shape);
    if (bucket < 0) {
      bucket = this.buckets.push([]) - 1;
      if (++this.shapeCount * 4 > this.slots.length) this.rehash();
      this.place(shape, bucket);
    }
    const ids = this.buckets[bucket]!;
    for (const id of ids) if (this.words[id] === word) return id;
    const id = this.words.push(word) - 1;
    if (id >= this.seconds.length) {
      const grown = new Int32Array(this.seconds.length * 2);
      grown.set(this.seconds);
      this.seconds = grown;
    }
    this.seconds[id] = word.length > 1 ? word.charCodeAt(1) : -1;
    ids.push(id);
    return id;
  }

  /** The number of the token's lower-case text, UNKNOWN when no list has it. */
  find(t: Token): number {
    const shape = t.shape;
    if (shape < 0) return this.unshaped.get(t.lower) ?? UNKNOWN;
    const bucket = this.bucketOf(shape);
    if (bucket < 0) return UNKNOWN;
    const ids = this.buckets[bucket]!;
    const second = t.lowerLength > 1 ? t.lowerCodeAt(1) : -1;
    const seconds = this.seconds;
    for (let w = 0; w < ids.length; w++) {
      const id = ids[w]!;
      if (seconds[id] === second && t.is(this.words[id]!)) return id;
    }
    return UNKNOWN;
  }

  private bucketOf(shape: number): number {
    const slots = this.slots;
    for (let k = Math.imul(shape, GOLDEN) >>> this.shift; ; k = (k + 1) & (slots.length - 1)) {
      const slot = slots[k]!;
      if (slot === 0) return -1;
      if (slot >>> 16 === shape + 1) return slot & 0xffff;
    }
  }

  private place(shape: number, bucket: number): void {
    const slots = this.slots;
    let k = Math.imul(shape, GOLDEN) >>> this.shift;
    while (slots[k] !== 0) k = (k + 1) & (slots.length - 1);
    slots[k] = ((shape + 1) << 16) | bucket;
  }

  /** Doubles the table and places every shape again. */
  private rehash(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    this.shift--;
    for (const slot of old) if (slot !== 0) this.place((slot >>> 16) - 1, slot & 0xffff);
  }
}

const VOCABULARY = new Vocabulary();

/**
 * The number of the token's word in the vocabulary (UNKNOWN when no list has it), searched once per
 * token: a word not found is kept as not among the first n words (-1 - n), and searched again only when
 * a list made since has added words (NOT_LOOKED_UP is not among the first 0).
 */
function vocabOf(t: Token): number {
  const known = t.vocab;
  if (known >= 0) return known;
  const size = VOCABULARY.size;
  if (known === -1 - size) return UNKNOWN;
  const found = VOCABULARY.find(t);
  t.vocab = found >= 0 ? found : -1 - size;
  return found;
}

export class TokenMap<T> {
  /**
   * The value of each word of the vocabulary, by number, as far as the vocabulary reached when this
   * list was made (a later list's words are in none of this one). Filled with `undefined` from the
   * start, so the array stays packed and a read never leaves compiled code.
   */
  private readonly values: (T | undefined)[];
  /**
   * One bit per shape, set where a word of this list has it: most tokens are ruled out by this one
   * read, before their word's number is looked for at all.
   */
  private readonly shapes = new Uint32Array(SHAPES >>> 5);
  /** Some word of the list has no shape, so a token without one may be in it. */
  private readonly anyUnshaped: boolean;

  constructor(entries: Iterable<readonly [string, T]>) {
    const given: [number, T][] = [];
    let anyUnshaped = false;
    for (const [word, value] of entries) {
      given.push([VOCABULARY.add(word), value]);
      const shape = shapeOfWord(word);
      if (shape < 0) anyUnshaped = true;
      else this.shapes[shape >>> 5] |= 1 << (shape & 31);
    }
    this.anyUnshaped = anyUnshaped;
    this.values = new Array<T | undefined>(VOCABULARY.size).fill(undefined);
    // A word given twice keeps its last value, as Map.set does.
    for (const [id, value] of given) this.values[id] = value;
  }

  /** The value of the token's lower-case text, as a Map keyed by `lower` would answer. */
  get(t: Token): T | undefined {
    const shape = t.shape;
    if (shape < 0 ? !this.anyUnshaped : (this.shapes[shape >>> 5]! & (1 << (shape & 31))) === 0) return undefined;
    const id = vocabOf(t);
    const values = this.values;
    return id >= 0 && id < values.length ? values[id] : undefined;
  }

  /** Whether the token's lower-case text is a key, as a Map keyed by `lower` would answer. */
  has(t: Token): boolean {
    return this.get(t) !== undefined;
  }
}

/** A set of words asked about tokens: `has(t)` answers as `set.has(t.lower)`. */
export class TokenSet extends TokenMap<true> {
  constructor(words: Iterable<string>) {
    super([...words].map((word) => [word, true] as const));
  }
}
