// Small text helpers shared by the rules.
import { countBelowNear } from '../claims/count-near';
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
 * Quote contents do not overlap and come in text order, and so do the offsets the rules ask about:
 * each answer is searched for from the last (countBelowNear), over the contents' bounds in typed
 * arrays gathered in one loop at the first question (most drafts ask few or none). A binary search
 * over range objects read memory all over a long draft's heap.
 */
export function quotedWords(quotes: readonly Quote[]): (offset: number) => boolean {
  let bounds: QuoteBounds | null = null;
  let near = 0;
  return (offset) => {
    bounds ??= quoteBounds(quotes);
    // The contents starting at or before the offset; the last of them holds it, if any does.
    near = countBelowNear(bounds.starts, bounds.count, offset + 1, near);
    return near > 0 && offset < bounds.ends[near - 1]!;
  };
}

interface QuoteBounds {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

/** Where the spoken quotes' words start and end, in text order. */
function quoteBounds(quotes: readonly Quote[]): QuoteBounds {
  const starts = new Int32Array(quotes.length);
  const ends = new Int32Array(quotes.length);
  let count = 0;
  let inOrder = true;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    if (!isSpoken(q)) continue;
    if (count > 0 && q.content.start < starts[count - 1]!) inOrder = false;
    starts[count] = q.content.start;
    ends[count] = q.content.end;
    count++;
  }
  // Quotes come in text order from the engine; a list made otherwise is sorted.
  if (!inOrder) {
    quotes.filter(isSpoken).map(contentOf).sort(byStart).forEach((r, k) => {
      starts[k] = r.start;
      ends[k] = r.end;
    });
  }
  return { starts, ends, count };
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
