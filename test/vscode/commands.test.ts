// Every Copydesk command run in the real VS Code, and the summary counts checked against the CLI's.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { copydeskReady, extensionId, openDocument, waitFor, waitForDiagnostics, workspaceFolder } from '../harness/vscode-helpers';
import { codeLensTitles, PROBLEMS_DRAFT } from './problem-drafts';

interface Row {
  label: string;
  description: string;
  start: { line: number; character: number };
}
interface DraftReport {
  quotes: Row[];
  flags: (Row & { rule: string })[];
}

describe('commands', () => {
  let document: vscode.TextDocument;

  before(async () => {
    document = await openDocument(PROBLEMS_DRAFT);
    await copydeskReady();
  });

  it('Check Attributions reports every quote with its speaker and every flag with its place', async () => {
    await vscode.window.showTextDocument(document);
    const report = await vscode.commands.executeCommand<DraftReport>('copydesk.checkAttributions');
    assert.deepEqual(
      report.quotes.map((q) => [q.label, q.description]),
      [
        ['“We are constructively minded,”', "Rustem Umerov, head of Kyiv's delegation"],
        [`“We can't force Ukraine to make a deal.”`, 'unattributed quote'],
        ['“The talks will go on through the weekend,”', 'anonymous: a senior Ukrainian official'],
      ],
    );
    const flags = report.flags.map((f) => [f.rule, document.lineAt(f.start.line).text.slice(f.start.character, f.start.character + 8)]);
    for (const expected of [
      ['title-mismatch', 'Secretar'],
      ['unattributed-quote', `"We can'`],
      ['name-spelling', 'Zelensky'],
      ['anonymous-source', 'a senior'],
    ]) {
      assert.ok(flags.some((f) => f[0] === expected[0] && f[1] === expected[1]), `${expected} in ${JSON.stringify(flags)}`);
    }
    const diagnostics = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === 'copydesk');
    assert.equal(diagnostics.length, report.flags.length, 'the Problems panel holds the same flags');
  });

  it('Check Attributions in Workspace reports each markdown draft with findings', async () => {
    const drafts = await vscode.commands.executeCommand<{ uri: vscode.Uri; report: DraftReport }[]>('copydesk.checkWorkspace');
    const names = drafts.map((d) => path.basename(d.uri.path));
    assert.ok(names.includes(PROBLEMS_DRAFT), names.join(', '));
    assert.ok(!names.some((n) => !/\.(md|markdown)$/.test(n)), 'only markdown drafts');
    const problems = drafts.find((d) => path.basename(d.uri.path) === PROBLEMS_DRAFT)!;
    assert.equal(problems.report.quotes.length, 3);
    const unlisted = drafts.find((d) => path.basename(d.uri.path) === 'problems-unlisted.md');
    assert.ok(unlisted, 'a draft that is not open is checked too');
    assert.ok(vscode.languages.getDiagnostics(unlisted.uri).some((d) => d.source === 'copydesk'), 'and its problems published');
  });

  it('Open Entity List opens the workspace entity file', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>('copydesk.openEntityList');
    assert.ok(uri.path.endsWith('/entities/team.yaml'), uri.toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
  });

  it('Reload Entity Lists loads the bundled list again', async () => {
    const count = await vscode.commands.executeCommand<number>('copydesk.reloadEntityLists');
    assert.ok(count > 10, `${count} entities`);
    await waitForDiagnostics(document.uri, (ds) => ds.some((d) => d.source === 'copydesk'));
  });

  it('Toggle Code Lenses switches the lenses off and on again', async () => {
    try {
      assert.equal(await vscode.commands.executeCommand<boolean>('copydesk.toggleCodeLenses'), false);
      await waitFor('lenses to go', async () => ((await codeLensTitles(document)).length === 0 ? true : undefined));
      assert.equal(await vscode.commands.executeCommand<boolean>('copydesk.toggleCodeLenses'), true);
      await waitFor('lenses to come back', async () => ((await codeLensTitles(document)).length > 0 ? true : undefined));
    } finally {
      await vscode.workspace.getConfiguration('copydesk').update('codeLens.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('counts in the summary lens what the CLI counts', async () => {
    const titles = await waitFor('the summary lens', async () => {
      const ts = await codeLensTitles(document);
      return ts.some((t) => /quotes? · /.test(t)) ? ts : undefined;
    });
    const lens = /(\d+) quotes? · (\d+) attributed · (\d+) unsourced claims?/.exec(titles.find((t) => / attributed · /.test(t))!);
    const extensionPath = vscode.extensions.getExtension(extensionId)!.extensionPath;
    const cli = runCli(path.join(extensionPath, 'dist', 'cli.js'), ['check', '--entities', 'entities/team.yaml', PROBLEMS_DRAFT]);
    const counted = /(\d+) quotes?, (\d+) attributed, (\d+) unsourced claims?/.exec(cli);
    assert.ok(lens && counted, `lens ${JSON.stringify(titles)}; CLI ${cli}`);
    assert.deepEqual(lens.slice(1), counted.slice(1));
  });
});

/** The CLI's output; it exits 1 when a finding reaches --fail-on, which is expected here. */
function runCli(cli: string, args: string[]): string {
  try {
    return execFileSync(process.execPath, [cli, ...args], { cwd: workspaceFolder().uri.fsPath, encoding: 'utf8' });
  } catch (error) {
    const failed = error as { status?: number; stdout?: string };
    if (failed.status === 1 && failed.stdout) return failed.stdout;
    throw error;
  }
}
