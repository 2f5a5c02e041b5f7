// The shape every rule shares: data about the rule plus one pure function over the analysis.
import type { AnalysisContext } from '../context';
import type { Claim, Fix, Range, RuleId, Severity } from '../types';

export interface RuleMeta {
  id: RuleId;
  defaultSeverity: Severity;
  /** One line for lists of rules (SARIF, docs index, settings). */
  description: string;
  /** The page under docs/rules/, without extension. */
  docs: string;
}

/** What a rule reports; runRules adds the rule id and the severity in force. */
export interface Report {
  range: Range;
  message: string;
  fix?: Fix | null;
}

export interface Rule {
  meta: RuleMeta;
  /** Pure: reads the analysis, returns reports in any order, never throws on well-formed data. */
  check(ctx: AnalysisContext, claims: Claim[]): Report[];
}
