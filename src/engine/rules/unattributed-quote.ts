import { contentEnd, contentStart, isScare, isUnattributed, quoteRange } from '../quotes/columns';
import type { Quotes } from '../types';
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
    const quotes = ctx.quotes;
    for (let i = 0; i < quotes.length; i++) {
      if (!hasNoSpeaker(quotes, i)) continue;
      const words = excerpt(ctx.text.slice(contentStart(quotes, i), contentEnd(quotes, i)));
      out.report(quoteRange(quotes, i), `Quote “${words}” has no speaker: say who said it (“…,” Name said).`);
    }
  },
};

function hasNoSpeaker(quotes: Quotes, i: number): boolean {
  return isUnattributed(quotes, i) && !isScare(quotes, i);
}
