import type { Quote } from '../types';
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
  check(ctx, _claims, out) {
    for (const q of ctx.quotes.filter(hasNoSpeaker)) {
      const words = excerpt(ctx.text.slice(q.content.start, q.content.end));
      out.report(q.range, `Quote “${words}” has no speaker: say who said it (“…,” Name said).`);
    }
  },
};

function hasNoSpeaker(q: Quote): boolean {
  return q.method === 'none' && !q.scare;
}
