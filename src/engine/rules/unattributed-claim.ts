import type { Claim } from '../types';
import type { Rule, RuleFindings } from './rule';

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
    claims.forEach(ctx.kind === 'markdown' ? reportInMarkdown : reportInPlainText, out);
  },
};

function reportInMarkdown(this: RuleFindings, c: Claim): void {
  if (c.status === 'unattributed') this.report(c.range, MARKDOWN_MESSAGE);
}

function reportInPlainText(this: RuleFindings, c: Claim): void {
  if (c.status === 'unattributed') this.report(c.range, PLAINTEXT_MESSAGE);
}
