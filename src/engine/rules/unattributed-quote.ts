import type { Rule } from './rule';
import { excerpt } from './text';

/** A quote nobody is said to have spoken. Scare quotes, titles and slogans are left alone. */
export const unattributedQuote: Rule = {
  meta: {
    id: 'unattributed-quote',
    defaultSeverity: 'warning',
    description: 'A quote with no speaker.',
    docs: 'unattributed-quote',
  },
  check(ctx) {
    return ctx.quotes
      .filter((q) => q.method === 'none' && !q.scare)
      .map((q) => ({
        range: q.range,
        message: `Quote “${excerpt(ctx.text.slice(q.content.start, q.content.end))}” has no speaker: say who said it (“…,” Name said).`,
      }));
  },
};
