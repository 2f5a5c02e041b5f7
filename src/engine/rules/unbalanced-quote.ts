import type { Quote } from '../types';
import type { Rule } from './rule';

const MESSAGE =
  'This quotation mark never closes: add the closing mark, or if the quote runs on, open the next paragraph with a quotation mark.';

/**
 * A quotation mark that never closes. A quote that runs over paragraphs by the news convention
 * (each paragraph opens with a mark, only the last one closes) is one quote and closes at its end.
 */
export const unbalancedQuote: Rule = {
  meta: {
    id: 'unbalanced-quote',
    defaultSeverity: 'warning',
    description: 'A quotation mark that never closes.',
    docs: 'unbalanced-quote',
  },
  check(ctx, _claims, out) {
    for (const q of ctx.quotes.filter(isUnclosed)) {
      out.report({ start: q.range.start, end: Math.min(q.range.end, q.range.start + 1) }, MESSAGE);
    }
  },
};

function isUnclosed(q: Quote): boolean {
  return !q.closed;
}
