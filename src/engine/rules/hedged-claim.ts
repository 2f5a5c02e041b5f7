import type { Claim } from '../types';
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
    for (const c of claims.filter(isHedged)) {
      const hedge = c.hedge ? ctx.text.slice(c.hedge.start, c.hedge.end).trim() : '';
      const what = hedge ? `“${hedge}” hedges this claim` : 'This claim is hedged';
      out.report(c.hedge ?? c.range, `${what}: name who reports it, or confirm it and drop the hedge.`);
    }
  },
};

function isHedged(c: Claim): boolean {
  return c.hedged;
}
