// Completions of listed names while typing prose (SPEC §4): the full name with its title on first
// reference, the surname after, the hover card as documentation; nothing in code, front matter or
// link destinations. Titles are read from data/entities.yaml.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { copydeskReady } from '../harness/vscode-helpers';

/** Opens an unsaved markdown draft and returns the position its `|` marks. */
async function draftWithCursor(textWithCursor: string): Promise<{ document: vscode.TextDocument; position: vscode.Position }> {
  const at = textWithCursor.indexOf('|');
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: textWithCursor.replace('|', '') });
  return { document, position: document.positionAt(at) };
}

function labelOf(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

async function completionsAt(textWithCursor: string, resolve = 0): Promise<vscode.CompletionItem[]> {
  const { document, position } = await draftWithCursor(textWithCursor);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, position, undefined, resolve);
  return list.items;
}

/** Copydesk's name items only (VS Code adds words from the document and snippets of its own). */
async function namesAt(textWithCursor: string): Promise<vscode.CompletionItem[]> {
  return (await completionsAt(textWithCursor)).filter((item) => item.kind === vscode.CompletionItemKind.User);
}

describe('name completions', () => {
  before(copydeskReady);

  it('offers Marco Rubio with his title for "Rub" in prose, inserting name and title on first reference', async () => {
    const items = await namesAt('Talks resumed on Friday. Rub|');
    const rubio = items.find((item) => labelOf(item) === 'Marco Rubio');
    assert.ok(rubio, `items: ${items.map(labelOf).join(', ')}`);
    assert.equal((rubio.label as vscode.CompletionItemLabel).description, 'U.S. Secretary of State');
    assert.equal(rubio.detail, 'U.S. Secretary of State');
    assert.equal(rubio.insertText, 'U.S. Secretary of State Marco Rubio');
    assert.equal(rubio.filterText, 'Rubio');
    const range = rubio.range as { inserting: vscode.Range; replacing: vscode.Range };
    assert.equal(range.inserting.start.character, 'Talks resumed on Friday. '.length);
  });

  it('inserts the surname once the draft has named him', async () => {
    const items = await namesAt('Secretary of State Marco Rubio spoke on Friday. Later rub|');
    assert.equal(items.find((item) => labelOf(item) === 'Marco Rubio')?.insertText, 'Rubio');
  });

  it('adds only the name after a title the writer has typed', async () => {
    const items = await namesAt('Talks resumed with Secretary of State Rub|');
    assert.equal(items.find((item) => labelOf(item) === 'Marco Rubio')?.insertText, 'Marco Rubio');
  });

  it('puts a long title after the name', async () => {
    const items = await namesAt('Talks resumed. Um|');
    assert.equal(items.find((item) => labelOf(item) === 'Rustem Umerov')?.insertText, "Rustem Umerov, head of Kyiv's delegation");
  });

  it('offers the house spelling for a misspelling being typed', async () => {
    const items = await namesAt('Talks resumed. Zelensk|');
    assert.equal(items.find((item) => labelOf(item) === 'Volodymyr Zelenskiy')?.insertText, 'President Volodymyr Zelenskiy');
  });

  it('documents an item with the hover card', async () => {
    const items = (await completionsAt('Talks resumed on Friday. Rub|', 100)).filter((item) => labelOf(item) === 'Marco Rubio');
    const documentation = items[0]?.documentation;
    const text = typeof documentation === 'string' ? documentation : documentation?.value ?? '';
    assert.match(text, /Marco Rubio/);
    assert.match(text, /may join a portion of talks on Ukraine/);
  });

  // The command asks as Ctrl+Space does (no trigger character): between words, every listed name.
  it('offers every listed name when asked for between words, people first, journalists left out', async () => {
    const labels = (await namesAt('Talks resumed on Friday, said |')).map(labelOf);
    for (const name of ['Marco Rubio', 'Rustem Umerov', 'Volodymyr Zelenskiy']) assert.ok(labels.includes(name), `labels: ${labels.join(', ')}`);
    assert.ok(!labels.includes('Yuliia Dysa'), 'a credited journalist is no one to quote');
    const items = await completionsAt('Talks resumed on Friday, said |');
    const sorted = items.filter((item) => item.sortText?.match(/^[01] /)).sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1));
    const firstPlace = sorted.findIndex((item) => item.kind === vscode.CompletionItemKind.Reference);
    assert.ok(firstPlace > 0 && sorted.slice(firstPlace).every((item) => item.kind === vscode.CompletionItemKind.Reference), 'people come before organizations and places');
  });

  it('inserts at the cursor between words, in house form for the reference', async () => {
    const items = await namesAt('Secretary of State Marco Rubio spoke on Friday. Later |');
    const rubio = items.find((item) => labelOf(item) === 'Marco Rubio');
    assert.equal(rubio?.insertText, 'Rubio');
    const range = rubio?.range as { inserting: vscode.Range; replacing: vscode.Range };
    assert.ok(range.inserting.isEmpty && range.replacing.isEmpty);
    assert.equal(range.inserting.start.character, 'Secretary of State Marco Rubio spoke on Friday. Later '.length);
    assert.equal((await namesAt('Talks resumed with Secretary of State |')).find((item) => labelOf(item) === 'Marco Rubio')?.insertText, 'Marco Rubio');
  });

  const outsideProse: { what: string; draft: string }[] = [
    { what: 'a fenced code block', draft: 'Talks resumed.\n\n```\nRub|\n```\n' },
    { what: 'a fenced code block, between words', draft: 'Talks resumed.\n\n```\nsaid |\n```\n' },
    { what: 'an indented code block', draft: 'Talks resumed.\n\n    Rub|\n' },
    { what: 'inline code', draft: 'Talks resumed with `Rub|` here.' },
    { what: 'front matter', draft: '---\ntitle: Rub|\n---\n\nTalks resumed.' },
    { what: 'a link destination', draft: 'Talks [resumed](https://example.com/Rub|) today.' },
  ];
  for (const c of outsideProse) {
    it(`offers no names in ${c.what}`, async () => {
      assert.deepEqual((await namesAt(c.draft)).map(labelOf), []);
    });
  }

  it('offers names in link text, which is prose', async () => {
    const items = await namesAt('Talks [with Rub|](https://example.com/) today.');
    assert.ok(items.some((item) => labelOf(item) === 'Marco Rubio'));
  });
});
