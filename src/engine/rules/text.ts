// Small text helpers shared by the rules.
import { countBelowNear } from '../claims/count-near';
import { collapseWhitespace } from '../text/spacing';
import { contentEnd, contentStart, isScare } from '../quotes/columns';
import type { Quotes } from '../types';

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
export function quotedWords(quotes: Quotes): (offset: number) => boolean {
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

/** Where the spoken quotes' words start and end, in text order (scare quotes left out). */
function quoteBounds(quotes: Quotes): QuoteBounds {
  const starts = new Int32Array(quotes.length);
  const ends = new Int32Array(quotes.length);
  let count = 0;
  let inOrder = true;
  for (let i = 0; i < quotes.length; i++) {
    if (isScare(quotes, i)) continue;
    const start = contentStart(quotes, i);
    if (count > 0 && start < starts[count - 1]!) inOrder = false;
    starts[count] = start;
    ends[count] = contentEnd(quotes, i);
    count++;
  }
  // Quotes come in text order from the engine; columns made otherwise (by hand) are sorted.
  if (!inOrder) {
    const order = Array.from({ length: count }, (_, k) => k).sort((a, b) => starts[a]! - starts[b]!);
    const sortedStarts = order.map((k) => starts[k]!);
    const sortedEnds = order.map((k) => ends[k]!);
    starts.set(sortedStarts);
    ends.set(sortedEnds);
  }
  return { starts, ends, count };
}
