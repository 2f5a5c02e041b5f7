// Settings honoured at once: rule severities (setting and .copydesk.yaml), when diagnostics refresh,
// code lenses on and off, and workspace entity files.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor, waitForDiagnostics, workspaceUri } from '../harness/vscode-helpers';
import { codeLensTitles, freshCopy, ruleOf } from './problem-drafts';

const config = () => vscode.workspace.getConfiguration('copydesk');

/** Sets a workspace setting for the test, restoring the workspace's own value afterwards. */
async function withSetting(key: string, value: unknown, body: () => Promise<void>): Promise<void> {
  const before = config().inspect(key)?.workspaceValue;
  await config().update(key, value, vscode.ConfigurationTarget.Workspace);
  try {
    await body();
  } finally {
    await config().update(key, before, vscode.ConfigurationTarget.Workspace);
  }
}

function severityOf(diagnostics: readonly vscode.Diagnostic[], rule: string): vscode.DiagnosticSeverity | undefined {
  return diagnostics.find((d) => ruleOf(d) === rule)?.severity;
}

describe('settings', () => {
  it('copydesk.rules changes a rule’s severity and switches it off', async () => {
    const document = await freshCopy('problems-rules.md');
    await waitForDiagnostics(document.uri, (ds) => severityOf(ds, 'name-spelling') === vscode.DiagnosticSeverity.Warning);
    await withSetting('rules', { 'name-spelling': 'error' }, async () => {
      await waitForDiagnostics(document.uri, (ds) => severityOf(ds, 'name-spelling') === vscode.DiagnosticSeverity.Error);
    });
    await withSetting('rules', { 'name-spelling': 'off' }, async () => {
      const ds = await waitForDiagnostics(document.uri, (all) => severityOf(all, 'name-spelling') === undefined);
      assert.ok(ds.some((d) => ruleOf(d) === 'title-mismatch'), 'other rules stay on');
    });
    await waitForDiagnostics(document.uri, (ds) => severityOf(ds, 'name-spelling') === vscode.DiagnosticSeverity.Warning);
  });

  it('.copydesk.yaml sets severities, and the setting overrides it', async () => {
    const document = await freshCopy('problems-config.md');
    const configUri = workspaceUri('.copydesk.yaml');
    await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode('rules:\n  anonymous-source: hint\n  title-mismatch: off\n'));
    try {
      await waitForDiagnostics(
        document.uri,
        (ds) => severityOf(ds, 'anonymous-source') === vscode.DiagnosticSeverity.Hint && severityOf(ds, 'title-mismatch') === undefined,
      );
      await withSetting('rules', { 'anonymous-source': 'error' }, async () => {
        await waitForDiagnostics(document.uri, (ds) => severityOf(ds, 'anonymous-source') === vscode.DiagnosticSeverity.Error);
      });
    } finally {
      await vscode.workspace.fs.delete(configUri);
    }
    await waitForDiagnostics(document.uri, (ds) => severityOf(ds, 'title-mismatch') === vscode.DiagnosticSeverity.Error);
  });

  it('shows problems in .copydesk.yaml on the file, and still applies what is valid', async () => {
    const document = await freshCopy('problems-config-errors.md');
    const configUri = workspaceUri('.copydesk.yaml');
    await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode('rules:\n  no-such-rule: error\n  name-spelling: loud\n  anonymous-source: off\n'));
    try {
      const problems = await waitForDiagnostics(configUri, (ds) => ds.length === 2);
      assert.deepEqual(
        problems.map((d) => [d.range.start.line + 1, d.severity]),
        [
          [2, vscode.DiagnosticSeverity.Warning],
          [3, vscode.DiagnosticSeverity.Error],
        ],
      );
      assert.match(problems[0].message, /no-such-rule/);
      assert.match(problems[1].message, /loud/);
      await waitForDiagnostics(document.uri, (ds) => severityOf(ds, 'anonymous-source') === undefined && severityOf(ds, 'name-spelling') === vscode.DiagnosticSeverity.Warning);
    } finally {
      await vscode.workspace.fs.delete(configUri);
    }
    await waitForDiagnostics(configUri, (ds) => ds.length === 0);
  });

  it('copydesk.run onSave refreshes diagnostics on save, not while typing', async () => {
    const document = await freshCopy('problems-on-save.md');
    await waitForDiagnostics(document.uri, (ds) => ds.filter((d) => ruleOf(d) === 'unattributed-quote').length === 1);
    await withSetting('run', 'onSave', async () => {
      const editor = await vscode.window.showTextDocument(document);
      const lensesBefore = (await codeLensTitles(document)).length;
      await editor.edit((edit) => edit.insert(new vscode.Position(document.lineCount, 0), '\nThe talks went on.\n\n"Nobody said this."\n'));
      // The lenses read the analysis of the new version: once they show the new quote, it has been analysed.
      await waitFor('the new quote to be analysed', async () => ((await codeLensTitles(document)).length > lensesBefore ? true : undefined));
      assert.equal(vscode.languages.getDiagnostics(document.uri).filter((d) => ruleOf(d) === 'unattributed-quote').length, 1);
      await document.save();
      await waitForDiagnostics(document.uri, (ds) => ds.filter((d) => ruleOf(d) === 'unattributed-quote').length === 2);
    });
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('copydesk.codeLens.enabled false hides every lens', async () => {
    const document = await freshCopy('problems-lenses.md');
    await waitFor('lenses', async () => ((await codeLensTitles(document)).length > 0 ? true : undefined));
    await withSetting('codeLens.enabled', false, async () => {
      assert.deepEqual(await codeLensTitles(document), []);
    });
    assert.ok((await codeLensTitles(document)).length > 0);
  });

  it('copydesk.entityFiles loads another file, and the change takes effect at once', async () => {
    const document = await freshCopy('problems-entities.md', 'problems-unlisted.md');
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => ruleOf(d) === 'unknown-speaker'));
    const extra = workspaceUri('entities/problems-extra.yaml');
    await vscode.workspace.fs.writeFile(
      extra,
      new TextEncoder().encode('version: 1\nentities:\n  - id: petro-kovalenko\n    name: Petro Kovalenko\n    type: person\n    role: official\n    title: ministry spokesman\n'),
    );
    const before = config().inspect<string[]>('entityFiles')?.workspaceValue ?? [];
    await withSetting('entityFiles', [...before, 'entities/problems-extra.yaml'], async () => {
      await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => ruleOf(d) === 'unknown-speaker'));
    });
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => ruleOf(d) === 'unknown-speaker'));
  });
});
