// Arrays for the steps' results.

/**
 * An empty array whose elements are already of the kind that holds objects. An empty literal `[]`
 * starts as an array of small integers and changes kind at its first push; code optimised while it
 * met only arrays that had changed then gives itself up at the first push of every later document,
 * and is compiled again. Results pushed one by one across many calls start from this instead.
 */
export function emptyObjectArray<T extends object>(): T[] {
  const array = [null as unknown as T];
  array.pop();
  return array;
}

/**
 * A step's result list, built in an array the step keeps from one analysis to the next and handed out
 * as an exact copy. A fresh array grown push by push allocates its room about three times over (each
 * growth copies it into one half as large again), all of it garbage but the last; the copy allocates
 * it once. Emptied as it is handed out, so it keeps no result alive. For a step's own module: an
 * analysis is synchronous, so one list serves one step's reading at a time.
 */
export class ResultList<T extends object> {
  private readonly items: T[] = emptyObjectArray<T>();
  /** How many items were pushed since the list was last taken. */
  length = 0;

  push(item: T): void {
    if (this.length < this.items.length) this.items[this.length] = item;
    else this.items.push(item);
    this.length++;
  }

  /** The item pushed last; undefined when the list is empty. */
  last(): T | undefined {
    return this.length > 0 ? this.items[this.length - 1] : undefined;
  }

  /** The items pushed since the last take, as an array of their own; the list is empty after. */
  take(): T[] {
    const out = this.items.slice(0, this.length);
    this.clear();
    return out;
  }

  /** Empties the list, letting go of its items: the list outlives the analysis. */
  clear(): void {
    const items = this.items;
    for (let i = 0; i < this.length; i++) items[i] = undefined as unknown as T;
    this.length = 0;
  }
}

/** `from`'s values at the start of an Int32Array twice its length: a column grown by doubling. */
export function doubled(from: Int32Array): Int32Array<ArrayBuffer> {
  const to = new Int32Array(Math.max(from.length * 2, 16));
  to.set(from);
  return to;
}
