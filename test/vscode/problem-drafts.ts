// Shared by the Check Attributions suites: fresh copies of the problems draft, so each test may edit
// its own file, and the rule id of a diagnostic.
import * as vscode from 'vscode';
import { copydeskReady, workspaceUri } from '../harness/vscode-helpers';

export const PROBLEMS_DRAFT = 'problems-draft.md';

/** A copy of a workspace draft under a new name in the (temporary) test workspace, opened. */
export async function freshCopy(name: string, from = PROBLEMS_DRAFT): Promise<vscode.TextDocument> {
  const source = await vscode.workspace.fs.readFile(workspaceUri(from));
  const uri = workspaceUri(name);
  await vscode.workspace.fs.writeFile(uri, source);
  const document = await vscode.workspace.openTextDocument(uri);
  await copydeskReady();
  return document;
}

export function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

export async function codeLensTitles(document: vscode.TextDocument): Promise<string[]> {
  const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
  return (lenses ?? []).map((lens) => lens.command?.title ?? '').filter(Boolean);
}
