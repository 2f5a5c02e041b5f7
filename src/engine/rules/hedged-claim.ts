import { claimHedge, claimRange } from '../claims/columns';
import type { Rule } from './rule';

/** "Reportedly", "allegedly", "it is understood": a hedge stands in for a source. */
export const hedgedClaim: Rule = {
  meta: {
    id: 'hedged-claim',
    defaultSeverity: 'warning',
    description: 'A claim hedged with "reportedly", "allegedly" and the like.',
    docs: 'hedged-claim',
  },
  check(ctx, claims, out) {
    for (let i = 0; i < claims.length; i++) {
      if (claims.hedged[i] === 0) continue;
      const range = claimHedge(claims, i);
      const hedge = range ? ctx.text.slice(range.start, range.end).trim() : '';
      const what = hedge ? `“${hedge}” hedges this claim` : 'This claim is hedged';
      out.report(range ?? claimRange(claims, i), `${what}: name who reports it, or confirm it and drop the hedge.`);
    }
  },
};
