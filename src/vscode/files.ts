// Reading workspace files through `vscode.workspace.fs` only, so virtual and remote workspaces work.
import * as vscode from 'vscode';

/** Entity and config files larger than this are not read: they are untrusted input. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

export type ReadResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'missing' | 'too-large' | 'unreadable' };

/** The file's text (UTF-8, BOM removed), or why it could not be read. Never throws. */
export async function readWorkspaceFile(uri: vscode.Uri): Promise<ReadResult> {
  let stat: vscode.FileStat;
  try {
    stat = await vscode.workspace.fs.stat(uri);
  } catch {
    return { ok: false, reason: 'missing' };
  }
  if (stat.size > MAX_FILE_BYTES) return { ok: false, reason: 'too-large' };
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return { ok: true, text: new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

/** The file's text, or undefined when it cannot be read. */
export async function readWorkspaceText(uri: vscode.Uri): Promise<string | undefined> {
  const result = await readWorkspaceFile(uri);
  return result.ok ? result.text : undefined;
}

export async function writeWorkspaceText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}
