// A draft's counts for the summary lens and the status bar (pure: no `vscode` import).
import type { Analysis } from '../engine/types';

export interface DraftCounts {
  /** Quotes that need a speaker (scare quotes, titles and slogans left out). */
  quotes: number;
  /** Quotes with a speaker or a source, named or not. */
  attributed: number;
  /** Quotes resting on an unnamed source. */
  anonymous: number;
  /** Checkable claims with no source, citation or marker. */
  unsourcedClaims: number;
  errors: number;
  warnings: number;
  /** Information and hints. */
  notes: number;
}

export function countDraft(analysis: Analysis): DraftCounts {
  const counts: DraftCounts = { quotes: 0, attributed: 0, anonymous: 0, unsourcedClaims: 0, errors: 0, warnings: 0, notes: 0 };
  for (const q of analysis.quotes) {
    if (q.scare) continue;
    counts.quotes++;
    if (q.method !== 'none') counts.attributed++;
    if (q.method === 'anonymous') counts.anonymous++;
  }
  for (const c of analysis.claims) if (c.status === 'unattributed') counts.unsourcedClaims++;
  for (const d of analysis.diagnostics) {
    if (d.severity === 'error') counts.errors++;
    else if (d.severity === 'warning') counts.warnings++;
    else counts.notes++;
  }
  return counts;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "6 quotes · 5 attributed · 2 unsourced claims" */
export function summaryLine(counts: DraftCounts): string {
  return [plural(counts.quotes, 'quote'), `${counts.attributed} attributed`, plural(counts.unsourcedClaims, 'unsourced claim')].join(' · ');
}
