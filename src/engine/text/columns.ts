// Columns of integers for the results kept as columns (sentences, paragraphs, segments, mentions,
// claims, and quotes while the analysis runs): grown by doubling while a step writes them, kept from
// one analysis to the next, handed out as exact copies. A typed array's values live outside the
// collected heap, so a long draft's results cost the collector nothing to keep.

import type { Range } from '../types';

type Values = Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>;

abstract class Column<T extends Values> {
  protected values: T;

  constructor(capacity = 1024) {
    this.values = this.make(capacity);
  }

  protected abstract make(length: number): T;

  /** Writes entry `i`, growing the column to hold it. */
  set(i: number, value: number): void {
    if (i >= this.values.length) {
      const grown = this.make(Math.max(this.values.length * 2, i + 1));
      grown.set(this.values);
      this.values = grown;
    }
    this.values[i] = value;
  }

  get(i: number): number {
    return this.values[i]!;
  }

  /** The first `length` entries as an array of their own, in `order` (entry indexes) when one is given. */
  copy(length: number, order: Int32Array | null = null): T {
    const out = this.values.slice(0, length) as T;
    if (order !== null) for (let i = 0; i < length; i++) out[i] = this.values[order[i]!]!;
    return out;
  }
}

export class IntColumn extends Column<Int32Array<ArrayBuffer>> {
  protected make(length: number): Int32Array<ArrayBuffer> {
    return new Int32Array(length);
  }
}

export class ByteColumn extends Column<Uint8Array<ArrayBuffer>> {
  protected make(length: number): Uint8Array<ArrayBuffer> {
    return new Uint8Array(length);
  }
}

/** Entry indexes 0 … length − 1 sorted by `compare`, ties in index order. */
export function sortedOrder(length: number, compare: (a: number, b: number) => number): Int32Array {
  const order = new Int32Array(length);
  for (let i = 0; i < length; i++) order[i] = i;
  return order.sort((a, b) => compare(a, b) || a - b);
}

/** Entry `i` of a pair of columns of offsets as a range of its own; null where they hold -1 (none). */
export function optionalRange(starts: Int32Array, ends: Int32Array, i: number): Range | null {
  return starts[i]! < 0 ? null : { start: starts[i]!, end: ends[i]! };
}
