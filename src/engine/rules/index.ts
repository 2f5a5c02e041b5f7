// The rule set and the runner: severities from options, disable comments, text order.
import type { AnalysisContext } from '../context';
import { applyDirectives } from '../directives';
import { tally } from '../instrument';
import type { AnalyzeOptions, Claims, Finding, RuleId } from '../types';
import { anonymousSource } from './anonymous-source';
import { firstReference } from './first-reference';
import { hedgedClaim } from './hedged-claim';
import { nameSpelling } from './name-spelling';
import { RuleFindings, type Rule, type RuleMeta } from './rule';
import { titleMismatch } from './title-mismatch';
import { unattributedClaim } from './unattributed-claim';
import { unattributedQuote } from './unattributed-quote';
import { unbalancedQuote } from './unbalanced-quote';
import { unknownSpeaker } from './unknown-speaker';

export type { Rule, RuleMeta } from './rule';

/** Every rule, in the order of the spec's table (also the order of SARIF's rule list). */
export const RULES: readonly Rule[] = [
  unattributedQuote,
  anonymousSource,
  unattributedClaim,
  hedgedClaim,
  unknownSpeaker,
  nameSpelling,
  titleMismatch,
  firstReference,
  unbalancedQuote,
];

export const RULE_METAS: readonly RuleMeta[] = RULES.map((r) => r.meta);

const RULE_IDS = new Set<string>(RULES.map((r) => r.meta.id));

export function isRuleId(id: string): id is RuleId {
  return RULE_IDS.has(id);
}

export function ruleMeta(id: RuleId): RuleMeta {
  return RULES.find((r) => r.meta.id === id)!.meta;
}

/** Runs every rule that is not switched off, honouring severities and disable comments. */
export function runRules(ctx: AnalysisContext, claims: Claims, options: AnalyzeOptions): Finding[] {
  const findings: Finding[] = [];
  let work = 0; // rules run and findings made, for the scaling tests
  for (const rule of RULES) {
    const setting = options.rules?.[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (setting === 'off') continue;
    work++;
    const before = findings.length;
    try {
      rule.check(ctx, claims, new RuleFindings(rule.meta.id, setting, findings));
    } catch {
      findings.length = before; // a rule that trips on unexpected data must not take the whole analysis down
      continue;
    }
    work += findings.length - before;
  }
  // The rules ran in rule-set order and the sort is stable: findings at the same range stay in that order.
  findings.sort(inTextOrder);
  tally('rules', work);
  return ctx.kind === 'markdown' ? applyDirectives(ctx.text, ctx.prose.comments, findings) : findings;
}

function inTextOrder(a: Finding, b: Finding): number {
  return a.range.start - b.range.start || a.range.end - b.range.end;
}
