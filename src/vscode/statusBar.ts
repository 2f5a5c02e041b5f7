// The current draft's counts in the status bar; clicking opens the Check Attributions report.
import * as vscode from 'vscode';
import { isDraft, type AnalysisCache } from './analysisCache';
import { CHECK_ATTRIBUTIONS } from './commandIds';
import { countDraft, summaryLine } from './summary';

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
    const counts = countDraft(analysis);
    const flags = counts.errors + counts.warnings + counts.notes;
    this.item.text = `$(quote) ${counts.attributed}/${counts.quotes} · $(warning) ${flags}`;
    this.item.tooltip = `Copydesk: ${summaryLine(counts)} · ${counts.errors} errors, ${counts.warnings} warnings, ${counts.notes} notes. Click for the report.`;
    this.item.accessibilityInformation = { label: `Copydesk: ${summaryLine(counts)}, ${flags} flags` };
    this.item.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
