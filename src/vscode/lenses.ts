// Code lenses: the draft's summary at the top (runs Check Attributions) and each quote's speaker.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import { CHECK_ATTRIBUTIONS } from './commandIds';
import type { EntityStore } from './entityStore';
import { quoteLensTitle } from './lensTitles';
import { readSettings } from './settings';
import { formatSummary, summarize } from '../engine/report';

export class CopydeskCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly cache: AnalysisCache,
    private readonly store: EntityStore,
  ) {
    this.subscription = cache.onDidAnalyze(() => this.changed.fire());
  }

  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.CodeLens[] {
    if (!readSettings(document).codeLensEnabled) return [];
    const snapshot = this.cache.snapshot(document);
    if (!snapshot || token.isCancellationRequested) return [];
    const { analysis, text } = snapshot;
    const top = new vscode.Range(0, 0, 0, 0);
    const lenses = [
      new vscode.CodeLens(top, {
        title: formatSummary(summarize(analysis)),
        tooltip: 'Copydesk: Check Attributions',
        command: CHECK_ATTRIBUTIONS,
        arguments: [document.uri],
      }),
    ];
    for (const quote of analysis.quotes) {
      if (quote.scare) continue;
      const at = document.positionAt(quote.range.start);
      // A lens with no command id is shown as plain text.
      lenses.push(new vscode.CodeLens(new vscode.Range(at, at), { title: quoteLensTitle(quote, this.store.index, text), command: '' }));
    }
    return lenses;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export function registerCodeLenses(context: vscode.ExtensionContext, cache: AnalysisCache, store: EntityStore): CopydeskCodeLensProvider {
  const provider = new CopydeskCodeLensProvider(cache, store);
  context.subscriptions.push(provider, vscode.languages.registerCodeLensProvider({ language: 'markdown' }, provider));
  return provider;
}
