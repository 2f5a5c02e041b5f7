import { claimRange, claimSource, methodAt, statusAt } from '../claims/columns';
import { isAnonymous, isScare, quoteRange, quoteSource } from '../quotes/columns';
import type { Claims, Quotes, Range } from '../types';
import type { Rule } from './rule';
import { excerpt } from './text';

/** Quotes and claims that rest on an unnamed source ("a White House official said"). */
export const anonymousSource: Rule = {
  meta: {
    id: 'anonymous-source',
    defaultSeverity: 'warning',
    description: 'A quote or claim resting on an unnamed source.',
    docs: 'anonymous-source',
  },
  check(ctx, claims, out) {
    const quotes = ctx.quotes;
    for (let i = 0; i < quotes.length; i++) {
      if (!isAnonymousQuote(quotes, i)) continue;
      const source = quoteSource(quotes, i);
      out.report(
        source ?? quoteRange(quotes, i),
        `Quote rests on ${sourceText(ctx.text, source)}: name the source, or say why they cannot be named.`,
      );
    }
    for (let i = 0; i < claims.length; i++) {
      if (!isAnonymousClaim(claims, i)) continue;
      const source = claimSource(claims, i);
      out.report(
        source ?? claimRange(claims, i),
        `Claim rests on ${sourceText(ctx.text, source)}: name the source, or say why they cannot be named.`,
      );
    }
  },
};

function isAnonymousQuote(quotes: Quotes, i: number): boolean {
  return isAnonymous(quotes, i) && !isScare(quotes, i);
}

/** A claim marked verified has been checked by the desk, whoever first told it. */
function isAnonymousClaim(claims: Claims, i: number): boolean {
  const status = statusAt(claims, i);
  return status === 'anonymous' || (methodAt(claims, i) === 'anonymous' && status !== 'verified');
}

function sourceText(text: string, range: Range | null): string {
  return range ? `“${excerpt(text.slice(range.start, range.end))}”` : 'an unnamed source';
}
