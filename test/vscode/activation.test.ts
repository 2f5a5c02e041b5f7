// Copydesk activates when a markdown document opens, and not before (SPEC §4: activation only on
// markdown). The runner (index.ts) loads this suite before all others, so nothing has opened a
// markdown document yet.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extensionId, openDocument, waitFor } from '../harness/vscode-helpers';

describe('activation', () => {
  it('is installed from the development folder', () => {
    assert.ok(vscode.extensions.getExtension(extensionId), `${extensionId} is loaded`);
  });

  it('stays inactive while only non-markdown files are open', async () => {
    const extension = vscode.extensions.getExtension(extensionId)!;
    await openDocument('entities/team.yaml');
    assert.equal(extension.isActive, false);
  });

  it('activates when a markdown draft opens', async () => {
    const extension = vscode.extensions.getExtension(extensionId)!;
    const document = await openDocument('report.md');
    assert.equal(document.languageId, 'markdown');
    await waitFor('Copydesk to activate', () => extension.isActive);
  });
});
