// The contributed markdown snippets (snippets/markdown.json) expand in a draft. Their choice lists come
// from data/entities.yaml; the first choice of each list is what expanding without choosing gives.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { copydeskReady } from '../harness/vscode-helpers';

async function expand(name: string): Promise<string> {
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: 'markdown', name });
  const text = editor.document.getText();
  await vscode.commands.executeCommand('leaveSnippet');
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  return text;
}

describe('snippets', () => {
  before(copydeskReady);

  const cases: [string, string][] = [
    ['Quote, later reference', '"quote," Umerov said.'],
    ['Quote, first reference with title', '"quote," said Rustem Umerov, head of Kyiv\'s delegation.'],
    ['Sourced quote', '"quote," Umerov said. <!-- source: report#p1 -->'],
    ['Said on a day', 'Rustem Umerov said on Monday that ….'],
    ['According to', 'according to Rustem Umerov'],
    ['Told reporters', 'Rustem Umerov told reporters that …'],
    ['Wrote on a platform', 'Rustem Umerov wrote on X that …'],
    [
      'Quote: Marco Rubio 1',
      '"In the end, it\'s up to them to make a deal. We can\'t force Ukraine to make a deal. We can\'t force Russia to make a deal. They have to want to make a deal," U.S. Secretary of State Marco Rubio said. <!-- source: report#p10 -->',
    ],
  ];
  for (const [name, expected] of cases) {
    it(`"${name}" expands to ${expected}`, async () => {
      assert.equal(await expand(name), expected);
    });
  }

  it('are offered as completions by prefix', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'quote-sa' });
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 8));
    const snippets = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet).map((item) => (typeof item.label === 'string' ? item.label : item.label.label));
    assert.ok(snippets.includes('quote-said'), `snippet items: ${snippets.join(', ')}`);
  });
});
