import type { Rule } from './rule';

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
  check(ctx) {
    return ctx.quotes
      .filter((q) => !q.closed)
      .map((q) => ({
        range: { start: q.range.start, end: Math.min(q.range.end, q.range.start + 1) },
        message:
          'This quotation mark never closes: add the closing mark, or if the quote runs on, open the next paragraph with a quotation mark.',
      }));
  },
};
