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
  /** Per character: its next occurrence found so far (the text's length: none; -1: not searched yet). */
  private readonly found: number[];

  constructor(
    private readonly text: string,
    chars: string,
  ) {
    this.chars = [...chars];
    this.found = this.chars.map(() => -1);
  }

  /**
   * Offset of the first of the characters at or after `from`; the text's length when there is none.
   * `from` must not decrease from one call to the next: a character found at or after it then needs
   * no new search.
   */
  next(from: number): number {
    const { chars, found, text } = this;
    let first = text.length;
    for (let k = 0; k < chars.length; k++) {
      let at = found[k];
      if (at < from) {
        at = text.indexOf(chars[k], from);
        if (at < 0) at = text.length;
        found[k] = at;
      }
      if (at < first) first = at;
    }
    return first;
  }
}
