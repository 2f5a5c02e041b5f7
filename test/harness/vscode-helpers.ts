// Helpers for extension-host tests (`test/vscode/*.test.ts`): they run inside VS Code, so they may
// use the `vscode` API. Waiting is always on an event or a condition with a deadline, never a sleep.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const extensionId = 'copydesk.copydesk';

export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests need the fixture workspace open');
  return folder;
}

export function workspaceUri(relativePath: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, ...relativePath.split('/'));
}

export async function openDocument(relativePath: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(workspaceUri(relativePath));
}

/**
 * The position inside the `occurrence`-th (1-based) appearance of `phrase` in the document:
 * `offsetInPhrase` characters into it (default: its middle).
 */
export function positionOf(
  document: vscode.TextDocument,
  phrase: string,
  occurrence = 1,
  offsetInPhrase = Math.floor(phrase.length / 2),
): vscode.Position {
  const text = document.getText();
  let index = -1;
  for (let seen = 0; seen < occurrence; seen++) {
    index = text.indexOf(phrase, index + 1);
    assert.ok(index >= 0, `"${phrase}" appears fewer than ${occurrence} times in ${document.uri.path}`);
  }
  return document.positionAt(index + offsetInPhrase);
}

/** The hover cards at a position, as the markdown strings the providers returned. */
export async function hoverContents(document: vscode.TextDocument, position: vscode.Position): Promise<string[]> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    document.uri,
    position,
  );
  return (hovers ?? []).flatMap((hover) => hover.contents.map(contentText));
}

function contentText(content: vscode.MarkdownString | vscode.MarkedString): string {
  if (typeof content === 'string') return content;
  return content.value;
}

/**
 * Markdown as a reader sees it, near enough for assertions: backslash escapes and the entities
 * `MarkdownString.appendText` writes are undone. Formatting marks (`**`, `_`) stay.
 */
export function unescapeMarkdown(markdown: string): string {
  return markdown
    .replace(/\\([\\`*_{}[\]()#+\-.!~|<>'":])/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The activated extension's API (activating it if a test runs alone), once its lists have loaded. */
export async function copydeskReady(): Promise<void> {
  const extension = vscode.extensions.getExtension<{ whenReady?: () => Promise<void> }>(extensionId);
  assert.ok(extension, `${extensionId} is loaded`);
  const api = await extension.activate();
  await api?.whenReady?.();
}

/**
 * The hover cards at a phrase in a workspace draft, as text. The draft is analysed after it opens,
 * so this waits (with a deadline) until a card shows; a draft that never gets one fails the test.
 */
export async function hoverCardsAt(relativePath: string, phrase: string, occurrence = 1): Promise<string[]> {
  const document = await openDocument(relativePath);
  await copydeskReady();
  const position = positionOf(document, phrase, occurrence);
  const cards = await waitFor(`a hover card on "${phrase}" in ${relativePath}`, async () => {
    const contents = await hoverContents(document, position);
    return contents.length > 0 ? contents : undefined;
  });
  return cards.map(unescapeMarkdown);
}

/** Polls a condition until it holds or the deadline passes (for state VS Code raises no event for). */
export async function waitFor<T>(
  describeWhat: string,
  probe: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 10000,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${describeWhat}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Waits until the diagnostics of `uri` satisfy `accept`, checking now and on every
 * `onDidChangeDiagnostics` for that uri.
 */
export function waitForDiagnostics(
  uri: vscode.Uri,
  accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean,
  timeoutMs = 15000,
): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      finish();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    const timer = setTimeout(() => {
      finish();
      const now = vscode.languages.getDiagnostics(uri).map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`);
      reject(new Error(`timed out waiting for diagnostics on ${uri.path}; now: ${JSON.stringify(now)}`));
    }, timeoutMs);
    const finish = (): void => {
      clearTimeout(timer);
      subscription.dispose();
    };
    check();
  });
}
