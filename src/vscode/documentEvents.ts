// Document lifecycle → analysis: at once on open and save (a long draft a step at a time), debounced
// while typing, forgotten on close.
import * as vscode from 'vscode';
import { isDraft } from './analysisCache';
import type { DiagnosticsPublisher } from './diagnostics';
import type { CopydeskServices } from './services';

export function registerDocumentEvents(
  context: vscode.ExtensionContext,
  { cache, store }: CopydeskServices,
  diagnostics: DiagnosticsPublisher,
): void {
  // Until the entity lists have loaded nothing is analysed; the first load re-analyses every open draft.
  const ready = () => store.isLoaded;

  function didOpenTextDocument(document: vscode.TextDocument): void {
    if (isDraft(document) && ready()) cache.analyzeSoon(document, 'open');
  }
  function didChangeTextDocument(event: vscode.TextDocumentChangeEvent): void {
    if (isDraft(event.document) && ready() && event.contentChanges.length) cache.schedule(event.document, 'edit');
  }
  function didSaveTextDocument(document: vscode.TextDocument): void {
    if (isDraft(document) && ready()) cache.analyzeSoon(document, 'save');
  }
  function didCloseTextDocument(document: vscode.TextDocument): void {
    cache.forget(document.uri);
    diagnostics.clear(document.uri);
  }

  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument(didOpenTextDocument),
    vscode.workspace.onDidChangeTextDocument(didChangeTextDocument),
    vscode.workspace.onDidSaveTextDocument(didSaveTextDocument),
    vscode.workspace.onDidCloseTextDocument(didCloseTextDocument),
  );
}
