import type { Rule } from './rule';

const MESSAGE =
  'This quotation mark never closes: add the closing mark, or if the quote runs on, open the next paragraph with a quotation mark.';

function runOnMessage(speaker: string): string {
  return `This quotation mark seems never to close: the next paragraph opens ${speaker}’s quote, read as this one going on. Add the closing mark where these words end.`;
}

/**
 * A quotation mark that never closes. A quote that runs over paragraphs by the news convention
 * (each paragraph opens with a mark, only the last one closes) is one quote and closes at its end,
 * unless the paragraph it runs into opens another named speaker's quote: then its closing mark is
 * most likely missing.
 */
export const unbalancedQuote: Rule = {
  meta: {
    id: 'unbalanced-quote',
    defaultSeverity: 'warning',
    description: 'A quotation mark that never closes.',
    docs: 'unbalanced-quote',
  },
  check(ctx, _claims, out) {
    const { starts, ends, closed, missingClose, speakers, length } = ctx.quotes;
    for (let i = 0; i < length; i++) {
      const mark = { start: starts[i]!, end: Math.min(ends[i]!, starts[i]! + 1) };
      if (closed[i] === 0) out.report(mark, MESSAGE);
      else if (missingClose[i] === 1) out.report(mark, runOnMessage(speakers[i]?.name ?? 'another speaker'));
    }
  },
};
