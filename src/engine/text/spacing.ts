// Collapsing whitespace, as labels and message excerpts are compared and shown.
import * as chars from './chars';

const { Ch, isWhitespace } = chars;

/** `text.trim().replace(/\s+/g, ' ')`, without running the regex when it would change nothing. */
export function collapseWhitespace(text: string): string {
  return isSingleSpaced(text) ? text.trim() : text.trim().replace(/\s+/g, ' ');
}

/** No whitespace but single spaces (what most prose and labels hold): collapsing leaves it as it is. */
function isSingleSpaced(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === Ch.Space) {
      if (text.charCodeAt(i + 1) === Ch.Space) return false;
    } else if (isWhitespace(c)) return false;
  }
  return true;
}
