// Vocabulary lookups that need no string. A token knows its shape (its length and first and last
// letters, recorded by the tokenizer), and equal words have equal shapes: the shape picks the few words
// of a list the token could be, and those are compared with the token's text in place. Most words of
// news copy share their shape with no word of a list, so most lookups are one typed-array read, and the
// token's lower-case string is never made (a Set must hash that string, made for the purpose, first).
import { SHAPES, shapeOfWord } from './shape';
import type { Token } from './tokens';

export class TokenMap<T> {
  /** Per shape, 1 + the index of its words' bucket; 0 where no word has that shape. */
  private readonly slots = new Uint16Array(SHAPES);
  private readonly words: string[][] = [];
  private readonly values: T[][] = [];
  /** Words no shape describes ("u.s.", "9/11", punctuation), looked up by their text. */
  private readonly unshaped = new Map<string, T>();

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, value] of entries) this.set(word, value);
  }

  /** The value of the token's lower-case text, as a Map keyed by `lower` would answer. */
  get(t: Token): T | undefined {
    const shape = t.shape;
    if (shape < 0) return this.unshaped.size === 0 ? undefined : this.unshaped.get(t.lower);
    const slot = this.slots[shape]!;
    if (slot === 0) return undefined;
    const words = this.words[slot - 1]!;
    for (let k = 0; k < words.length; k++) if (t.is(words[k]!)) return this.values[slot - 1]![k];
    return undefined;
  }

  /** Whether the token's lower-case text is a key, as a Map keyed by `lower` would answer. */
  has(t: Token): boolean {
    return this.get(t) !== undefined;
  }

  /** Adds a word, or replaces its value as Map.set does. */
  private set(word: string, value: T): void {
    const shape = shapeOfWord(word);
    if (shape < 0) {
      this.unshaped.set(word, value);
      return;
    }
    if (this.slots[shape] === 0) {
      this.words.push([]);
      this.values.push([]);
      this.slots[shape] = this.words.length;
    }
    const words = this.words[this.slots[shape]! - 1]!;
    const values = this.values[this.slots[shape]! - 1]!;
    const at = words.indexOf(word);
    if (at >= 0) values[at] = value;
    else {
      words.push(word);
      values.push(value);
    }
  }
}

/** A set of words asked about tokens: `has(t)` answers as `set.has(t.lower)`. */
export class TokenSet extends TokenMap<true> {
  constructor(words: Iterable<string>) {
    super([...words].map((word) => [word, true] as const));
  }
}
