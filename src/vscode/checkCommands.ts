// Check Attributions (the current draft) and Check Attributions in Workspace (every markdown draft).
import * as vscode from 'vscode';
import { analyze } from '../engine/analyze';
import { LineIndex } from '../engine/text/lines';
import { isDraft } from './analysisCache';
import type { AnalyzeOptionsFor } from './analyzeOptions';
import { REPORT_VIEW } from './commandIds';
import { findingToDiagnostic, type DiagnosticsPublisher } from './diagnostics';
import { readWorkspaceFile } from './files';
import { buildDraftReport, type DraftReport } from './reportModel';
import type { AttributionReportProvider, ReportedDraft } from './reportView';
import type { CopydeskServices } from './services';

export interface CheckDeps extends CopydeskServices {
  diagnostics: DiagnosticsPublisher;
  report: AttributionReportProvider;
  optionsFor: AnalyzeOptionsFor;
}

/** Refreshes the draft's diagnostics, then shows its report. Returns the report (for tests and scripts). */
export async function checkAttributions(deps: CheckDeps, target?: vscode.Uri): Promise<DraftReport | undefined> {
  const document = target ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
  if (!document || !isDraft(document)) {
    void vscode.window.showInformationMessage('Copydesk: open a markdown draft to check its attributions.');
    return undefined;
  }
  await deps.store.whenReady();
  const analysis = deps.cache.analyzeNow(document, 'command');
  const report = buildDraftReport(document.getText(), analysis, deps.store.index);
  deps.report.show([{ uri: document.uri, report }]);
  await vscode.commands.executeCommand(`${REPORT_VIEW}.focus`);
  return report;
}

const DRAFT_GLOB = '**/*.{md,markdown}';
const EXCLUDE_GLOB = '**/{node_modules,.git}/**';

/** Checks every markdown draft in the workspace with progress and cancellation; returns the drafts reported. */
export async function checkWorkspace(deps: CheckDeps): Promise<ReportedDraft[]> {
  await deps.store.whenReady();
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Copydesk: checking attributions', cancellable: true },
    async (progress, token) => {
      const uris = (await findDrafts(token)).sort((a, b) => a.toString().localeCompare(b.toString()));
      const openDocuments = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
      const drafts: ReportedDraft[] = [];
      for (const [i, uri] of uris.entries()) {
        if (token.isCancellationRequested) break;
        progress.report({ message: `${i + 1}/${uris.length} ${vscode.workspace.asRelativePath(uri)}`, increment: 100 / uris.length });
        const drafted = await checkOne(deps, uri, openDocuments.get(uri.toString()));
        if (drafted && (drafted.report.quotes.length || drafted.report.flags.length)) drafts.push(drafted);
        // Let the editor breathe between files.
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
      deps.report.show(drafts);
      if (!token.isCancellationRequested) await vscode.commands.executeCommand(`${REPORT_VIEW}.focus`);
      return drafts;
    },
  );
}

/** Markdown drafts of the workspace; none when its file system cannot be searched (some virtual ones). */
async function findDrafts(token: vscode.CancellationToken): Promise<vscode.Uri[]> {
  try {
    return await vscode.workspace.findFiles(DRAFT_GLOB, EXCLUDE_GLOB, undefined, token);
  } catch {
    return [];
  }
}

async function checkOne(deps: CheckDeps, uri: vscode.Uri, open: vscode.TextDocument | undefined): Promise<ReportedDraft | undefined> {
  if (open && !open.isClosed) {
    const analysis = deps.cache.analyzeNow(open, 'command');
    return { uri, report: buildDraftReport(open.getText(), analysis, deps.store.index) };
  }
  const read = await readWorkspaceFile(uri);
  if (!read.ok) return undefined;
  const analysis = analyze(read.text, 'markdown', deps.store.index, deps.optionsFor(uri));
  const lines = new LineIndex(read.text);
  deps.diagnostics.set(uri, analysis.diagnostics.map((f) => findingToDiagnostic(f, lines, deps.extensionUri)));
  return { uri, report: buildDraftReport(read.text, analysis, deps.store.index) };
}
