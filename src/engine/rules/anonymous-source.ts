import type { Claim, Quote, Range } from '../types';
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
    for (const q of ctx.quotes.filter(isAnonymousQuote)) {
      out.report(
        q.source ?? q.range,
        `Quote rests on ${sourceText(ctx.text, q.source)}: name the source, or say why they cannot be named.`,
      );
    }
    for (const c of claims.filter(isAnonymousClaim)) {
      out.report(
        c.source ?? c.range,
        `Claim rests on ${sourceText(ctx.text, c.source)}: name the source, or say why they cannot be named.`,
      );
    }
  },
};

function isAnonymousQuote(q: Quote): boolean {
  return q.method === 'anonymous' && !q.scare;
}

/** A claim marked verified has been checked by the desk, whoever first told it. */
function isAnonymousClaim(c: Claim): boolean {
  return c.status === 'anonymous' || (c.method === 'anonymous' && c.status !== 'verified');
}

function sourceText(text: string, range: Range | null): string {
  return range ? `“${excerpt(text.slice(range.start, range.end))}”` : 'an unnamed source';
}
