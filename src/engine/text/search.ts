// Finding the next of a few characters in a long text, for scanners that read it in text order.

/**
 * The next occurrence of any of a few characters, by one native `indexOf` per character, each
 * resumed only once the scanner has passed what it found. For ASCII characters `indexOf` is a
 * memchr-like search, several times faster than a regular expression's character class, which
 * visits every character and costs a call per match; a character that never occurs costs one search.
 * (`indexOf` is slow for some characters outside ASCII, such as curly quotes: give it ASCII ones.)
 */
export class CharSearch {
  private readonly chars: string[];
  /** Per character: where its last search started, and what it found (the text's length: none). */
  private readonly from: number[];
  private readonly found: number[];

  constructor(
    private readonly text: string,
    chars: string,
  ) {
    this.chars = [...chars];
    this.from = this.chars.map(() => -1);
    this.found = this.chars.map(() => -1);
  }

  /** Offset of the first of the characters at or after `from`; the text's length when there is none. */
  next(from: number): number {
    const { chars, text } = this;
    let first = text.length;
    for (let k = 0; k < chars.length; k++) {
      let found = this.found[k];
      if (!(this.from[k] >= 0 && this.from[k] <= from && from <= found)) {
        found = text.indexOf(chars[k], from);
        if (found < 0) found = text.length;
        this.from[k] = from;
        this.found[k] = found;
      }
      if (found < first) first = found;
    }
    return first;
  }
}
