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

/** `from`'s values at the start of an Int32Array twice its length: a column grown by doubling. */
export function doubled(from: Int32Array): Int32Array<ArrayBuffer> {
  const to = new Int32Array(Math.max(from.length * 2, 16));
  to.set(from);
  return to;
}
