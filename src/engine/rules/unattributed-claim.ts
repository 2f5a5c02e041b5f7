import { claimRange, statusAt } from '../claims/columns';
import type { Rule } from './rule';

const MARKDOWN_MESSAGE =
  'Claim has no source: attribute it (“…, Name said”), link the source, or mark it <!-- verified: how -->.';
const PLAINTEXT_MESSAGE = 'Claim has no source: attribute it (“…, Name said”) or cite where it comes from.';

/** A checkable statement of fact with no source, citation or verified marker. */
export const unattributedClaim: Rule = {
  meta: {
    id: 'unattributed-claim',
    defaultSeverity: 'information',
    description: 'A checkable claim with no source, citation or verified marker.',
    docs: 'unattributed-claim',
  },
  check(ctx, claims, out) {
    const message = ctx.kind === 'markdown' ? MARKDOWN_MESSAGE : PLAINTEXT_MESSAGE;
    for (let i = 0; i < claims.length; i++) if (statusAt(claims, i) === 'unattributed') out.report(claimRange(claims, i), message);
  },
};
