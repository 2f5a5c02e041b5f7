// The shape every rule shares: data about the rule plus one pure function over the analysis.
import type { AnalysisContext } from '../context';
import type { Claims, Finding, Fix, Range, RuleId, Severity } from '../types';

export interface RuleMeta {
  id: RuleId;
  defaultSeverity: Severity;
  /** One line for lists of rules (SARIF, docs index, settings). */
  description: string;
  /** The page under docs/rules/, without extension. */
  docs: string;
}

/**
 * Where a rule reports: each report becomes a finding at once, with the rule id and the severity in
 * force, added to the list of every rule's findings, so a draft with thousands of findings builds
 * each one once.
 */
export class RuleFindings {
  constructor(
    private readonly rule: RuleId,
    private readonly severity: Severity,
    private readonly list: Finding[],
  ) {}

  report(range: Range, message: string, fix: Fix | null = null): void {
    this.list.push({ rule: this.rule, severity: this.severity, message, range, fix });
  }
}

/**
 * A rule walks the draft's items (an array method such as `forEach`, or a loop over columns) with a
 * small test per item, and leaves the work for the few items it reports to code of its own: the
 * per-item test is then all that runs hot, which keeps a rule quick from the first analyses after the
 * editor starts, not only once the whole check has been compiled around its loop. The tests are module
 * functions (given their state as an argument or as `forEach`'s `this`), made once rather than once per
 * analysis.
 */
export interface Rule {
  meta: RuleMeta;
  /** Pure but for `out`: reads the analysis, reports in any order, never throws on well-formed data. */
  check(ctx: AnalysisContext, claims: Claims, out: RuleFindings): void;
}
