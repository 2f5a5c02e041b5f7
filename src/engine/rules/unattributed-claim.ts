import type { Rule } from './rule';

/** A checkable statement of fact with no source, citation or verified marker. */
export const unattributedClaim: Rule = {
  meta: {
    id: 'unattributed-claim',
    defaultSeverity: 'information',
    description: 'A checkable claim with no source, citation or verified marker.',
    docs: 'unattributed-claim',
  },
  check(ctx, claims) {
    const markdown = ctx.kind === 'markdown';
    return claims
      .filter((c) => c.status === 'unattributed')
      .map((c) => ({
        range: c.range,
        message: markdown
          ? 'Claim has no source: attribute it (“…, Name said”), link the source, or mark it <!-- verified: how -->.'
          : 'Claim has no source: attribute it (“…, Name said”) or cite where it comes from.',
      }));
  },
};
