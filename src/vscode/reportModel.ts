// The rows of the Check Attributions report for one draft (pure: no `vscode` import, so plain tests
// can check them). Positions are 0-based lines and UTF-16 characters, as VS Code counts them.
import type { EntityIndex } from '../engine/entities/compile';
import { quoteList } from '../engine/quotes/columns';
import { LineIndex, type Position } from '../engine/text/lines';
import type { Analysis, RuleId, Severity } from '../engine/types';
import { quoteLensTitle } from './lensTitles';
import { truncate } from './markdownText';

export interface ReportRow {
  label: string;
  description: string;
  start: Position;
  end: Position;
}

export interface QuoteRow extends ReportRow {
  /** Has a speaker or a source (named or not). */
  attributed: boolean;
  /** Rests on an unnamed source. */
  anonymous: boolean;
}

export interface FlagRow extends ReportRow {
  rule: RuleId;
  severity: Severity;
}

export interface DraftReport {
  quotes: QuoteRow[];
  flags: FlagRow[];
}

const EXCERPT = 60;

export function buildDraftReport(text: string, analysis: Analysis, index: EntityIndex): DraftReport {
  const lines = new LineIndex(text);
  const quotes: QuoteRow[] = quoteList(analysis.quotes)
    .filter((q) => !q.scare)
    .map((q) => ({
      label: `“${truncate(text.slice(q.content.start, q.content.end), EXCERPT)}”`,
      description: quoteLensTitle(q, index, text),
      attributed: q.method !== 'none',
      anonymous: q.method === 'anonymous',
      start: lines.positionAt(q.range.start),
      end: lines.positionAt(q.range.end),
    }));
  const flags: FlagRow[] = analysis.diagnostics.map((f) => {
    const start = lines.positionAt(f.range.start);
    return {
      label: f.message,
      description: `${f.rule} · line ${start.line + 1}`,
      rule: f.rule,
      severity: f.severity,
      start,
      end: lines.positionAt(f.range.end),
    };
  });
  return { quotes, flags };
}
