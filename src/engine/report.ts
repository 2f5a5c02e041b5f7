// A draft's counts, the same for every surface: the CLI summary, the code lens and the status bar.
import { statusAt } from './claims/columns';
import { isAnonymous, isScare, isUnattributed } from './quotes/columns';
import type { Analysis, Severity } from './types';

export interface DraftSummary {
  /** Quotes that need a speaker (scare quotes, titles and slogans left out). */
  quotes: number;
  /** Quotes with a speaker or a source, named or not. */
  attributed: number;
  /** Quotes resting on an unnamed source. */
  anonymous: number;
  claims: number;
  /** Checkable claims with no source, citation or marker. */
  unsourcedClaims: number;
  findings: Record<Severity, number>;
}

export function emptySummary(): DraftSummary {
  return { quotes: 0, attributed: 0, anonymous: 0, claims: 0, unsourcedClaims: 0, findings: { error: 0, warning: 0, information: 0, hint: 0 } };
}

export function summarize(analysis: Pick<Analysis, 'quotes' | 'claims' | 'diagnostics'>, into: DraftSummary = emptySummary()): DraftSummary {
  const quotes = analysis.quotes;
  for (let i = 0; i < quotes.length; i++) {
    if (isScare(quotes, i)) continue;
    into.quotes++;
    if (!isUnattributed(quotes, i)) into.attributed++;
    if (isAnonymous(quotes, i)) into.anonymous++;
  }
  const claims = analysis.claims;
  into.claims += claims.length;
  for (let i = 0; i < claims.length; i++) if (statusAt(claims, i) === 'unattributed') into.unsourcedClaims++;
  for (const d of analysis.diagnostics) into.findings[d.severity]++;
  return into;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "6 quotes · 5 attributed · 2 unsourced claims" */
export function formatSummary(s: DraftSummary, separator = ' · '): string {
  return [plural(s.quotes, 'quote'), `${s.attributed} attributed`, plural(s.unsourcedClaims, 'unsourced claim')].join(separator);
}

/** "1 error, 3 warnings, 2 information, 0 hints" */
export function formatFindingCounts(f: Record<Severity, number>): string {
  return [plural(f.error, 'error'), plural(f.warning, 'warning'), `${f.information} information`, plural(f.hint, 'hint')].join(', ');
}
