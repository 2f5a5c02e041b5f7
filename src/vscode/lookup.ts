// Finding what lies under a position in an analysis, without scanning the whole draft.
import { countBelow } from '../engine/text/sorted';
import { mentionAt, mentionsBefore } from '../engine/mentions/columns';
import { quoteAt } from '../engine/quotes/columns';
import type { Analysis, Mention, Mentions, Quote, Quotes } from '../engine/types';

/**
 * Whether a word starting at `start` lies in prose. `grown` is how many characters the draft gained
 * since the analysis was made: the words typed since then on the line a segment ends on extend it, so
 * a start up to that far past the segment's end still counts as inside it when its line (which starts
 * at `lineStart`) is the segment's. Typed on a line of its own, the word may have opened a code block or
 * a heading: only the text as it is now can tell.
 */
export function isProse(analysis: Pick<Analysis, 'prose'>, start: number, grown = 0, lineStart = start): boolean {
  const { paragraphs, segments } = analysis.prose;
  // The last paragraph starting at or before `start`: how many start at or before it, less one.
  const i = countBelow(paragraphs.starts, paragraphs.length, start + 1) - 1;
  if (i < 0) return false;
  const slack = Math.max(0, grown);
  for (let s = paragraphs.firstSegments[i]!; s < paragraphs.firstSegments[i + 1]!; s++) {
    const end = segments.ends[s]!;
    if (segments.starts[s]! <= start && (start <= end || (start <= end + slack && lineStart <= end))) return true;
  }
  return false;
}

/** How far back to look for an enclosing mention: nesting is shallow ("Trump's son-in-law"). */
const NESTING_LOOKBACK = 8;

/** The innermost mention containing `offset` (mentions in text order; nested ones may share a start). */
export function mentionUnder(mentions: Mentions, offset: number): Mention | undefined {
  const { starts, ends } = mentions;
  let best = -1;
  const last = mentionsBefore(mentions, offset + 1) - 1;
  for (let i = last; i >= 0 && i > last - NESTING_LOOKBACK; i--) {
    if (starts[i]! <= offset && offset < ends[i]!) {
      if (best < 0 || ends[i]! - starts[i]! < ends[best]! - starts[best]!) best = i;
    }
  }
  return best < 0 ? undefined : mentionAt(mentions, best);
}

/** The quote containing `offset`; quotes do not overlap. */
export function quoteUnder(quotes: Quotes, offset: number): Quote | undefined {
  const i = countBelow(quotes.starts, quotes.length, offset + 1) - 1;
  return i >= 0 && offset < quotes.ends[i]! ? quoteAt(quotes, i) : undefined;
}
