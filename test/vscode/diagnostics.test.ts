// Diagnostics in the real VS Code: each problem of a draft made from the report at its place with its
// severity, source and rule page; refreshed as the user types; cleared when the draft closes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { copydeskReady, openDocument, waitForDiagnostics } from '../harness/vscode-helpers';
import { freshCopy, PROBLEMS_DRAFT, ruleOf } from './problem-drafts';

describe('diagnostics', () => {
  let document: vscode.TextDocument;
  let diagnostics: readonly vscode.Diagnostic[];

  before(async () => {
    document = await openDocument(PROBLEMS_DRAFT);
    await copydeskReady();
    diagnostics = await waitForDiagnostics(document.uri, (ds) => ds.some((d) => d.source === 'copydesk'));
  });

  // Each row: rule, the text it marks, severity — read off the draft and the rule table.
  const expected: [string, string, vscode.DiagnosticSeverity][] = [
    ['title-mismatch', 'Secretary of State', vscode.DiagnosticSeverity.Error],
    ['unattributed-quote', `"We can't force Ukraine to make a deal."`, vscode.DiagnosticSeverity.Warning],
    ['name-spelling', 'Zelensky', vscode.DiagnosticSeverity.Warning],
    ['anonymous-source', 'a senior Ukrainian official', vscode.DiagnosticSeverity.Warning],
  ];
  for (const [rule, text, severity] of expected) {
    it(`shows ${rule} on “${text}” as ${vscode.DiagnosticSeverity[severity]}`, () => {
      const found = diagnostics.filter((d) => ruleOf(d) === rule);
      assert.equal(found.length, 1, `${rule}: ${JSON.stringify(diagnostics.map((d) => [ruleOf(d), document.getText(d.range)]))}`);
      assert.equal(document.getText(found[0].range), text);
      assert.equal(found[0].severity, severity);
    });
  }

  it('flags nothing else in the draft’s named, attributed quote', () => {
    const umerovQuote = document.getText().indexOf('"We are constructively minded,"');
    const line = document.positionAt(umerovQuote).line;
    assert.deepEqual(diagnostics.filter((d) => d.range.start.line === line).map(ruleOf), []);
  });

  it('marks every diagnostic with source copydesk and a code linking the rule’s page', () => {
    for (const d of diagnostics) {
      assert.equal(d.source, 'copydesk');
      assert.ok(typeof d.code === 'object' && d.code.target instanceof vscode.Uri, 'code has a target');
      const { value, target } = d.code as { value: string; target: vscode.Uri };
      assert.ok(target.path.endsWith(`/docs/rules/${value}.md`), target.toString());
    }
  });

  it('refreshes as the user types, without saving', async () => {
    const copy = await freshCopy('problems-typing.md');
    await waitForDiagnostics(copy.uri, (ds) => ds.some((d) => ruleOf(d) === 'name-spelling'));
    const editor = await vscode.window.showTextDocument(copy);
    const at = copy.positionAt(copy.getText().indexOf('Zelensky'));
    await editor.edit((edit) => edit.replace(new vscode.Range(at, at.translate(0, 'Zelensky'.length)), 'Zelenskiy'));
    const after = await waitForDiagnostics(copy.uri, (ds) => !ds.some((d) => ruleOf(d) === 'name-spelling'));
    assert.ok(after.some((d) => ruleOf(d) === 'title-mismatch'), 'the other problems stay');
    assert.ok(copy.isDirty, 'not saved');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('ends on the diagnostics of the last version after a burst of edits', async () => {
    const copy = await freshCopy('problems-burst.md');
    await waitForDiagnostics(copy.uri, (ds) => ds.some((d) => ruleOf(d) === 'unattributed-quote'));
    const editor = await vscode.window.showTextDocument(copy);
    // Ten edits in quick succession, each adding one more quote nobody said after a plain paragraph.
    for (let i = 1; i <= 10; i++) {
      await editor.edit((edit) => edit.insert(new vscode.Position(copy.lineCount, 0), `\nTalks went on, day ${i}.\n\n"Nobody said this ${i}."\n`));
    }
    const final = await waitForDiagnostics(copy.uri, (ds) => ds.filter((d) => ruleOf(d) === 'unattributed-quote').length === 11);
    const last = final.filter((d) => ruleOf(d) === 'unattributed-quote').at(-1)!;
    assert.equal(copy.getText(last.range), '"Nobody said this 10."');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('clears a draft’s diagnostics when it closes', async () => {
    const copy = await freshCopy('problems-closing.md');
    await waitForDiagnostics(copy.uri, (ds) => ds.length > 0);
    // VS Code disposes a closed editor's document only minutes later; changing its language closes the
    // markdown document at once (and opens a plain-text one, which Copydesk does not check).
    await vscode.languages.setTextDocumentLanguage(copy, 'plaintext');
    await waitForDiagnostics(copy.uri, (ds) => ds.length === 0);
  });
});
