// Quick fixes applied in the real VS Code, each result checked in the draft's text.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor, waitForDiagnostics, workspaceUri } from '../harness/vscode-helpers';
import { freshCopy, ruleOf } from './problem-drafts';

async function diagnosticOf(document: vscode.TextDocument, rule: string): Promise<vscode.Diagnostic> {
  const all = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => ruleOf(d) === rule));
  return all.find((d) => ruleOf(d) === rule)!;
}

async function actionsFor(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return actions ?? [];
}

async function apply(document: vscode.TextDocument, rule: string, title: string | RegExp): Promise<vscode.CodeAction> {
  await vscode.window.showTextDocument(document);
  const diagnostic = await diagnosticOf(document, rule);
  // The extension host publishes diagnostics to the workbench asynchronously; code actions are asked
  // for with the workbench's markers, so wait (with a deadline) until they have arrived there.
  let offered: string[] = [];
  const action = await waitFor(`“${title}” among the quick fixes`, async () => {
    const actions = await actionsFor(document, diagnostic);
    offered = actions.map((a) => a.title);
    return actions.find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
  }).catch((error: Error) => assert.fail(`${error.message}; offered ${JSON.stringify(offered)}`));
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), 'the edit applies');
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
  return action;
}

function lineWith(document: vscode.TextDocument, phrase: string): string {
  const line = document.getText().split(/\r?\n/).find((l) => l.includes(phrase));
  assert.ok(line, `a line with “${phrase}”`);
  return line;
}

describe('code actions', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('fixes a misspelled name to the house spelling', async () => {
    const document = await freshCopy('problems-fix-spelling.md');
    await apply(document, 'name-spelling', 'Fix spelling: “Zelenskiy”');
    assert.equal(lineWith(document, 'President'), 'President Volodymyr Zelenskiy said that Ukraine and the United States had agreed on several documents.');
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => ruleOf(d) === 'name-spelling'));
  });

  it('fixes a title that belongs to someone else', async () => {
    const document = await freshCopy('problems-fix-title.md');
    await apply(document, 'title-mismatch', 'Fix title: “White House envoy”');
    assert.equal(lineWith(document, 'Witkoff'), 'White House envoy Steve Witkoff and Jared Kushner held talks in Berlin with Ukrainian and European officials earlier this week.');
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => ruleOf(d) === 'title-mismatch'));
  });

  it('adds an attribution, offering the people the draft names', async () => {
    const document = await freshCopy('problems-add-attribution.md');
    await apply(document, 'unattributed-quote', 'Add an attribution');
    // The first choice is the first person the draft names: Rustem Umerov.
    assert.equal(lineWith(document, 'force Ukraine'), `"We can't force Ukraine to make a deal," Rustem Umerov said.`);
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => ruleOf(d) === 'unattributed-quote'));
  });

  it('disables a rule for one line', async () => {
    const document = await freshCopy('problems-disable.md');
    await apply(document, 'anonymous-source', 'Disable anonymous-source for this line');
    const lines = document.getText().split(/\r?\n/);
    const at = lines.findIndex((l) => l.includes('a senior Ukrainian official'));
    assert.equal(lines[at - 1], '<!-- copydesk-disable-next-line anonymous-source -->');
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => ruleOf(d) === 'anonymous-source'));
  });

  it('marks a claim verified', async () => {
    const document = await freshCopy('problems-verify.md', 'problems-unlisted.md');
    await apply(document, 'unattributed-claim', 'Mark claim as verified');
    assert.equal(
      lineWith(document, 'The Kremlin'),
      'The Kremlin rejected the 20-point framework on Thursday. <!-- verified: how it was checked -->',
    );
    await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => ruleOf(d) === 'unattributed-claim'));
  });

  it('adds an unlisted speaker to the workspace entity list, keeping its comments', async () => {
    const teamUri = workspaceUri('entities/team.yaml');
    const before = new TextDecoder().decode(await vscode.workspace.fs.readFile(teamUri));
    try {
      const document = await freshCopy('problems-add-speaker.md', 'problems-unlisted.md');
      await apply(document, 'unknown-speaker', 'Add “Petro Kovalenko” to the workspace entity list');
      const after = new TextDecoder().decode(await vscode.workspace.fs.readFile(teamUri));
      assert.ok(after.startsWith(before.split('\n')[0]), 'the leading comment stays');
      assert.ok(after.includes('  - id: petro-kovalenko\n    name: Petro Kovalenko\n    type: person\n    role: official\n    title: Ministry spokesman\n'), after);
      await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => ruleOf(d) === 'unknown-speaker'));
    } finally {
      await vscode.workspace.fs.writeFile(teamUri, new TextEncoder().encode(before));
      await vscode.commands.executeCommand('copydesk.reloadEntityLists');
    }
  });

  it('creates the workspace entity list, and lists it in .copydesk.yaml, when the workspace has none', async () => {
    const config = vscode.workspace.getConfiguration('copydesk');
    const entityFiles = config.inspect<string[]>('entityFiles')?.workspaceValue;
    const created = workspaceUri('copydesk-entities.yaml');
    const configFile = workspaceUri('.copydesk.yaml');
    await config.update('entityFiles', [], vscode.ConfigurationTarget.Workspace);
    // Let the reload the setting starts finish, so the diagnostics below are the final ones.
    await vscode.commands.executeCommand('copydesk.reloadEntityLists');
    try {
      const document = await freshCopy('problems-new-list.md', 'problems-unlisted.md');
      await apply(document, 'unknown-speaker', 'Add “Petro Kovalenko” to the workspace entity list');
      const list = new TextDecoder().decode(await vscode.workspace.fs.readFile(created));
      assert.match(list, /^version: 1$/m);
      assert.ok(list.includes('  - id: petro-kovalenko\n    name: Petro Kovalenko\n'), list);
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(configFile)), 'entityFiles:\n  - copydesk-entities.yaml\n');
      await waitForDiagnostics(document.uri, (ds) => !ds.some((d) => ruleOf(d) === 'unknown-speaker'));
    } finally {
      await vscode.workspace.fs.delete(created).then(undefined, () => undefined);
      await vscode.workspace.fs.delete(configFile).then(undefined, () => undefined);
      await config.update('entityFiles', entityFiles, vscode.ConfigurationTarget.Workspace);
    }
  });
});
