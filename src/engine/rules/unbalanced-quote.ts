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
    const { starts, ends, closed, length } = ctx.quotes;
    for (let i = 0; i < length; i++) {
      if (closed[i] === 0) out.report({ start: starts[i]!, end: Math.min(ends[i]!, starts[i]! + 1) }, MESSAGE);
    }
  },
};
