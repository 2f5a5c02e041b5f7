// The full stops of a document, found once and read by two steps: the prose step finds bare "www."
// addresses from them, and the sentence splitter walks them instead of searching the text again.
// A native search for "www." stops at every "w" (about as often as a search for "." stops at every
// full stop); one list of full stops serves both for the price of one search.

/** Every full stop of a text, in order: the first `count` entries of `offsets`. */
export interface FullStops {
  offsets: Int32Array;
  count: number;
}

/** The store is reused from one document to the next: only the last text's stops are held. */
const found: FullStops = { offsets: new Int32Array(1024), count: 0 };
/** Bumped at each search, so that a record kept for a document is known to be the current one. */
let generation = 0;
const generations = new WeakMap<object, number>();

/** Finds the full stops of `text` into the reused store; what it returns is valid until the next call. */
export function findFullStops(text: string): FullStops {
  generation++;
  let { offsets } = found;
  let count = 0;
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    if (count === offsets.length) {
      const grown = new Int32Array(offsets.length * 2);
      grown.set(offsets);
      offsets = grown;
    }
    offsets[count++] = i;
  }
  found.offsets = offsets;
  found.count = count;
  return found;
}

/** Ties the full stops found last to `owner`, the result made from the same text. */
export function keepFullStopsFor(owner: object): void {
  generations.set(owner, generation);
}

/** The full stops kept for `owner`, if no other text has been searched since; else null. */
export function fullStopsOf(owner: object): FullStops | null {
  return generations.get(owner) === generation ? found : null;
}
