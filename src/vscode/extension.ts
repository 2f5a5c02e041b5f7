// Wires Copydesk's surfaces together. Every handler is a named function and every registration goes into
// `context.subscriptions`. Activation is cheap: it happens only on markdown, and the entity lists load in
// the background; drafts are analysed once they have loaded.
import * as vscode from 'vscode';
import { registerCodeActions } from './actions';
import { AnalysisCache } from './analysisCache';
import { analyzeOptionsFor } from './analyzeOptions';
import { registerCommands } from './commands';
import { registerCompletions } from './completion';
import { DiagnosticsPublisher } from './diagnostics';
import { registerDocumentEvents } from './documentEvents';
import { EntityStore } from './entityStore';
import { registerHover } from './hover';
import { registerInsertQuote } from './insertQuote';
import { registerCodeLenses } from './lenses';
import { registerReportView } from './reportView';
import type { CopydeskServices } from './services';
import { SECTION } from './settings';
import { DraftStatusBar } from './statusBar';

/** What `activate` returns, for tests and other extensions. */
export interface CopydeskApi {
  /** Resolves when the entity lists have loaded and open drafts have been analysed. */
  whenReady(): Promise<void>;
  /** How long `activate` itself took, in milliseconds (SPEC §6 budget; the benchmark reports it). */
  readonly activationMs: number;
}

export function activate(context: vscode.ExtensionContext): CopydeskApi {
  const started = performance.now();
  const store = new EntityStore(context.extensionUri);
  const optionsFor = analyzeOptionsFor(store);
  const cache = new AnalysisCache(store, optionsFor);
  const diagnostics = new DiagnosticsPublisher(cache, context.extensionUri);
  const statusBar = new DraftStatusBar(cache);
  context.subscriptions.push(store, cache, diagnostics, statusBar);
  const services: CopydeskServices = { store, cache, extensionUri: context.extensionUri };

  registerDocumentEvents(context, services, diagnostics);
  registerHover(context, cache, store);
  const lenses = registerCodeLenses(context, cache);
  registerCodeActions(context, cache, store);
  const report = registerReportView(context, cache, store);
  registerCommands(context, { ...services, diagnostics, report, optionsFor });
  registerInsertQuote(context, services);
  registerCompletions(context, services);

  function didChangeEntities(): void {
    cache.refreshAll();
  }
  function didChangeConfiguration(event: vscode.ConfigurationChangeEvent): void {
    if (!event.affectsConfiguration(SECTION)) return;
    if (event.affectsConfiguration(`${SECTION}.entityFiles`)) {
      // The reload fires `onDidChange`, which re-analyses every open draft.
      void store.reload();
    } else if (event.affectsConfiguration(`${SECTION}.rules`) || event.affectsConfiguration(`${SECTION}.run`)) {
      cache.refreshAll();
    }
    if (event.affectsConfiguration(`${SECTION}.codeLens`)) lenses.refresh();
  }
  function didGrantWorkspaceTrust(): void {
    void store.reload();
  }
  function didChangeWorkspaceFolders(): void {
    void store.reload();
  }
  context.subscriptions.push(
    store.onDidChange(didChangeEntities),
    vscode.workspace.onDidChangeConfiguration(didChangeConfiguration),
    vscode.workspace.onDidGrantWorkspaceTrust(didGrantWorkspaceTrust),
    vscode.workspace.onDidChangeWorkspaceFolders(didChangeWorkspaceFolders),
  );

  const ready = store.whenReady();
  return { whenReady: () => ready, activationMs: performance.now() - started };
}

export function deactivate(): void {}
