// Code lenses: the draft's summary at the top (runs Check Attributions) and each quote's speaker.
// A lens is placed when the draft is analysed and worded only when VS Code shows it: a long draft has
// thousands of quotes, the lenses are asked for again after every analysis, and only the screenful in
// view is ever resolved (`resolveCodeLens`), so the words of the rest are never made.
import * as vscode from 'vscode';
import type { AnalysisCache, AnalysisSnapshot } from './analysisCache';
import { CHECK_ATTRIBUTIONS } from './commandIds';
import { quoteLensTitle } from './lensTitles';
import { readSettings } from './settings';
import { formatSummary, summarize } from '../engine/report';
import { isScare, quoteAt } from '../engine/quotes/columns';

/** The summary at the top of the draft, worded from the analysis it was placed by. */
class SummaryLens extends vscode.CodeLens {
  constructor(
    range: vscode.Range,
    readonly snapshot: AnalysisSnapshot,
    readonly uri: vscode.Uri,
  ) {
    super(range);
  }
}

/** The lens over one quote (its index in the analysis it was placed by), worded from that analysis. */
class QuoteLens extends vscode.CodeLens {
  constructor(
    range: vscode.Range,
    readonly snapshot: AnalysisSnapshot,
    readonly quote: number,
  ) {
    super(range);
  }
}

export class CopydeskCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly cache: AnalysisCache) {
    this.subscription = cache.onDidAnalyze(() => this.changed.fire());
  }

  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): vscode.CodeLens[] {
    if (!readSettings(document).codeLensEnabled) return [];
    const snapshot = this.cache.snapshot(document);
    if (!snapshot || token.isCancellationRequested) return [];
    const lenses: vscode.CodeLens[] = [new SummaryLens(new vscode.Range(0, 0, 0, 0), snapshot, document.uri)];
    const quotes = snapshot.analysis.quotes;
    for (let i = 0; i < quotes.length; i++) {
      if (isScare(quotes, i)) continue;
      const at = document.positionAt(quotes.starts[i]!);
      lenses.push(new QuoteLens(new vscode.Range(at, at), snapshot, i));
    }
    return lenses;
  }

  resolveCodeLens(lens: vscode.CodeLens): vscode.CodeLens {
    if (lens instanceof SummaryLens) {
      lens.command = {
        title: formatSummary(summarize(lens.snapshot.analysis)),
        tooltip: 'Copydesk: Check Attributions',
        command: CHECK_ATTRIBUTIONS,
        arguments: [lens.uri],
      };
    } else if (lens instanceof QuoteLens) {
      // A lens with no command id is shown as plain text.
      const { analysis, index, text } = lens.snapshot;
      lens.command = { title: quoteLensTitle(quoteAt(analysis.quotes, lens.quote), index, text), command: '' };
    }
    return lens;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}

export function registerCodeLenses(context: vscode.ExtensionContext, cache: AnalysisCache): CopydeskCodeLensProvider {
  const provider = new CopydeskCodeLensProvider(cache);
  context.subscriptions.push(provider, vscode.languages.registerCodeLensProvider({ language: 'markdown' }, provider));
  return provider;
}
