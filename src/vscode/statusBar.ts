// The current draft's counts in the status bar; clicking opens the Check Attributions report.
import * as vscode from 'vscode';
import { isDraft, type AnalysisCache } from './analysisCache';
import { CHECK_ATTRIBUTIONS } from './commandIds';
import { formatFindingCounts, formatSummary, summarize } from '../engine/report';

export class DraftStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('copydesk.counts', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly cache: AnalysisCache) {
    this.item.name = 'Copydesk';
    this.item.command = CHECK_ATTRIBUTIONS;
    this.subscriptions = [
      cache.onDidAnalyze(({ document }) => {
        if (document === vscode.window.activeTextEditor?.document) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    ];
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    const analysis = document && isDraft(document) ? this.cache.get(document) : undefined;
    if (!analysis) {
      this.item.hide();
      return;
    }
    const summary = summarize(analysis);
    const { error, warning, information, hint } = summary.findings;
    const flags = error + warning + information + hint;
    this.item.text = `$(quote) ${summary.attributed}/${summary.quotes} · $(warning) ${flags}`;
    this.item.tooltip = `Copydesk: ${formatSummary(summary)}\n${formatFindingCounts(summary.findings)}\nClick for the report.`;
    this.item.accessibilityInformation = { label: `Copydesk: ${formatSummary(summary, ', ')}, ${flags} flags` };
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
