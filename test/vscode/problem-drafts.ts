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

/**
 * The draft's code lenses as VS Code shows them: resolved, as the editor resolves those on screen
 * (`executeCodeLensProvider` resolves the first `resolveCount` of them; none when it is not given).
 */
export async function codeLenses(document: vscode.TextDocument, resolveCount = Number.MAX_SAFE_INTEGER): Promise<vscode.CodeLens[]> {
  return (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri, resolveCount)) ?? [];
}

export async function codeLensTitles(document: vscode.TextDocument): Promise<string[]> {
  return (await codeLenses(document)).map((lens) => lens.command?.title ?? '').filter(Boolean);
}
