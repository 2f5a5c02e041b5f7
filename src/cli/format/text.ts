// `path:line:col: severity rule-id message`, one finding a line, then a one-line summary.
import { emptySummary, formatFindingCounts, formatSummary, summarize } from '../../engine/report';
import { LineIndex } from '../../engine/text/lines';
import type { CheckResult } from '../run';

export function formatText(result: CheckResult): string {
  const out: string[] = [];
  const summary = emptySummary();
  let checked = 0;
  for (const file of result.files) {
    if (!file.analysis || file.text === null) continue;
    checked++;
    summarize(file.analysis, summary);
    if (file.analysis.diagnostics.length === 0) continue;
    const lines = new LineIndex(file.text);
    for (const d of file.analysis.diagnostics) {
      const at = lines.positionAt(d.range.start);
      out.push(`${file.path}:${at.line + 1}:${at.character + 1}: ${d.severity} ${d.rule} ${d.message}`);
    }
  }
  const unreadable = result.files.length - checked;
  const files = `${checked} ${checked === 1 ? 'file' : 'files'} checked${unreadable ? ` (${unreadable} could not be read)` : ''}`;
  out.push(`${files}: ${formatFindingCounts(summary.findings)}; ${formatSummary(summary, ', ')}.`);
  return `${out.join('\n')}\n`;
}
