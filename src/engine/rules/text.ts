// Small text helpers shared by the rules.
import { collapseWhitespace } from '../text/spacing';
import type { Quote, Range } from '../types';

/** Shortens a quoted excerpt for a message, on a character boundary. */
export function excerpt(text: string, max = 40): string {
  // Only the start matters: never flatten a whole long quote for a message.
  const flat = collapseWhitespace(text.slice(0, max * 4));
  if (flat.length <= max && text.length <= max * 4) return flat;
  let cut = max;
  const code = flat.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--; // keep surrogate pairs whole
  return `${flat.slice(0, cut).trimEnd()}…`;
}

/** The possessive ending written at the end of `text` ('s, ’s or a bare apostrophe), or ''. */
export function possessiveEnding(text: string): string {
  const match = /(?:['’]s|['’])$/.exec(text);
  return match ? match[0] : '';
}

/** The last word of a name: the surname by the list's convention. */
export function surnameOf(name: string): string {
  const words = name.trim().split(/\s+/);
  return words[words.length - 1] ?? name;
}

export function capitalize(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

/**
 * A test for "is this offset inside a quote's words?" (scare quotes count as the writer's words).
 * Quote contents do not overlap, so a binary search over them is enough. The contents are gathered
 * at the first question: most drafts ask few or none.
 */
export function quotedWords(quotes: readonly Quote[]): (offset: number) => boolean {
  let contents: Range[] | null = null;
  return (offset) => {
    contents ??= quotes.filter(isSpoken).map(contentOf).sort(byStart);
    let lo = 0;
    let hi = contents.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const r = contents[mid];
      if (offset < r.start) hi = mid - 1;
      else if (offset >= r.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}

function isSpoken(q: Quote): boolean {
  return !q.scare;
}

function contentOf(q: Quote): Range {
  return q.content;
}

function byStart(a: Range, b: Range): number {
  return a.start - b.start;
}
