// Word hashes (FNV-1a over UTF-16 code units, as Tokens computes them while scanning) and small
// open-addressing sets and maps keyed by them, so the hot loop rules a word out with integer work only.

export function hashWord(word: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash;
}

/**
 * A set of 32-bit integers. A hit may be a collision: callers confirm it on the real text. The mention
 * passes ask it about most watched words, so a lookup is kept to one array and, mostly, one probe: 0
 * marks an empty slot (the key 0 itself is a flag), the table is at most a quarter full, and the slot is
 * the top bits of a multiplication, which depend on every bit of the key.
 */
export class IntSet {
  private keys = new Int32Array(16);
  private shift = 28;
  private holdsZero = false;
  size = 0;

  private slot(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  add(key: number): void {
    if (key === 0) {
      if (!this.holdsZero) this.size++;
      this.holdsZero = true;
      return;
    }
    if ((this.size + 1) * 4 > this.keys.length) this.rehash();
    const mask = this.keys.length - 1;
    let i = this.slot(key);
    for (let k = this.keys[i]!; k !== 0; k = this.keys[i]!) {
      if (k === key) return;
      i = (i + 1) & mask;
    }
    this.keys[i] = key;
    this.size++;
  }

  has(key: number): boolean {
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let i = this.slot(key); ; i = (i + 1) & mask) {
      const k = keys[i]!;
      // An empty slot equals the key 0, which the set holds only by its flag.
      if (k === key) return key !== 0 || this.holdsZero;
      if (k === 0) return false;
    }
  }

  forEach(visit: (key: number) => void): void {
    if (this.holdsZero) visit(0);
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== 0) visit(this.keys[i]!);
  }

  private rehash(): void {
    const keys = this.keys;
    this.keys = new Int32Array(keys.length * 2);
    this.shift--;
    this.size = this.holdsZero ? 1 : 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) this.add(keys[i]!);
  }
}

/** A map from 32-bit integers to small bit sets; `get` of an absent key is 0. */
export class IntBits {
  private keys = new Int32Array(16);
  private bits = new Uint8Array(16);
  private mask = 15;
  size = 0;

  private slot(key: number): number {
    return Math.imul(key ^ (key >>> 15), 0x2c1b3c6d) >>> 0 & this.mask;
  }

  add(key: number, bit: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.rehash(this.keys.length * 2);
    let i = this.slot(key);
    while (this.bits[i]) {
      if (this.keys[i] === key) {
        this.bits[i] |= bit;
        return;
      }
      i = (i + 1) & this.mask;
    }
    this.keys[i] = key;
    this.bits[i] = bit;
    this.size++;
  }

  forEach(visit: (key: number) => void): void {
    for (let i = 0; i < this.keys.length; i++) if (this.bits[i]) visit(this.keys[i]!);
  }

  get(key: number): number {
    let i = this.slot(key);
    for (;;) {
      const bits = this.bits[i]!;
      if (bits === 0 || this.keys[i] === key) return bits;
      i = (i + 1) & this.mask;
    }
  }

  private rehash(capacity: number): void {
    const keys = this.keys;
    const bits = this.bits;
    this.keys = new Int32Array(capacity);
    this.bits = new Uint8Array(capacity);
    this.mask = capacity - 1;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (bits[i]) this.add(keys[i]!, bits[i]!);
  }
}

/**
 * A map from 32-bit integers to values, for the lookups the passes make per watched word: `get` is a
 * multiplication and, mostly, one probe of a typed array, where a `Map` calls into the runtime. Kept at
 * most a quarter full, slots from the top bits of a multiplication, as IntSet.
 */
export class IntMap<T> {
  private keys = new Int32Array(16);
  /** 1 for a slot that holds a key (any key, 0 included). */
  private taken = new Uint8Array(16);
  private values: Array<T | undefined> = new Array<T | undefined>(16).fill(undefined);
  private shift = 28;
  size = 0;

  private slot(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  get(key: number): T | undefined {
    const keys = this.keys;
    const taken = this.taken;
    const mask = keys.length - 1;
    for (let i = this.slot(key); taken[i] !== 0; i = (i + 1) & mask) if (keys[i] === key) return this.values[i];
    return undefined;
  }

  set(key: number, value: T): void {
    if ((this.size + 1) * 4 > this.keys.length) this.rehash();
    const mask = this.keys.length - 1;
    let i = this.slot(key);
    for (; this.taken[i] !== 0; i = (i + 1) & mask) {
      if (this.keys[i] === key) {
        this.values[i] = value;
        return;
      }
    }
    this.keys[i] = key;
    this.taken[i] = 1;
    this.values[i] = value;
    this.size++;
  }

  private rehash(): void {
    const { keys, taken, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.taken = new Uint8Array(keys.length * 2);
    this.values = new Array<T | undefined>(keys.length * 2).fill(undefined);
    this.shift--;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (taken[i] !== 0) this.set(keys[i]!, values[i]!);
  }
}
