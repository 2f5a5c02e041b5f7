// Finding the next of a few characters in a long text, for scanners that read it in text order.

/**
 * How much of the text the searches read at a time: 128K characters (256 KB) stay in cache while
 * each character is searched for in them. Searched whole, one character after another, a long text
 * would be read from memory once per character: on 10 MB, most of the time the searches take.
 */
const WINDOW = 1 << 17;

/**
 * The next occurrence of any of a few characters, by native `indexOf` searches, each resumed only
 * once the scanner has passed what it found. For ASCII characters `indexOf` is a memchr-like search,
 * several times faster than a regular expression's character class, which visits every character
 * and costs a call per match; a character that never occurs costs one search per window.
 * (`indexOf` is slow for some characters outside ASCII, such as curly quotes: give it ASCII ones.)
 */
export class CharSearch {
  private readonly chars: string[];
  /** Per character: its next occurrence in the window (the window's end: none; -1: not searched yet). */
  private readonly found: number[];
  /** The part of the text searched at present: text[windowStart, windowEnd), as a slice. */
  private window = '';
  private windowStart = 0;
  private windowEnd = 0;

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
    const length = this.text.length;
    let at = from;
    while (at < length) {
      if (at >= this.windowEnd) this.moveWindow(at);
      const first = this.firstInWindow(at);
      if (first < this.windowEnd) return first;
      at = this.windowEnd; // none in the rest of this window
    }
    return length;
  }

  /** The first of the characters in the window at or after `from`; the window's end when none is. */
  private firstInWindow(from: number): number {
    const { chars, found, window, windowStart, windowEnd } = this;
    let first = windowEnd;
    for (let k = 0; k < chars.length; k++) {
      let at = found[k];
      if (at < from) {
        const i = window.indexOf(chars[k], from - windowStart);
        at = i < 0 ? windowEnd : windowStart + i;
        found[k] = at;
      }
      if (at < first) first = at;
    }
    return first;
  }

  private moveWindow(from: number): void {
    this.windowStart = from;
    this.windowEnd = Math.min(this.text.length, from + WINDOW);
    this.window = this.text.slice(from, this.windowEnd);
    this.found.fill(-1);
  }
}
