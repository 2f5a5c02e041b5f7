// "Copydesk: Insert Sourced Quote" in the real editor (SPEC §1 job 3): the listed quote goes in at the
// cursor in house form with its source marker, as a first reference where the speaker is not yet
// named before the cursor and by surname after. Expected text is read from data/entities.yaml
// (Umerov's quotes, ¶3 of the report) and the house form in SPEC §1.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { copydeskReady, openDocument } from '../harness/vscode-helpers';

const INSERT = 'copydesk.insertSourcedQuote';
const UMEROV_FIRST =
  '"We are constructively minded. We have already held preliminary consultations with our European colleagues and are preparing for further discussions with the American side," said Rustem Umerov, head of Kyiv\'s delegation. <!-- source: report#p3 -->';
const UMEROV_LATER = '"... Ukraine\u2019s security must be guaranteed reliably and in the long term," Umerov said. <!-- source: report#p3 -->';

/** Shows a draft and puts the cursor at the end of the line that holds `phrase`. */
async function cursorAfter(document: vscode.TextDocument, phrase: string): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(document);
  const line = document.positionAt(document.getText().indexOf(phrase)).line;
  const end = document.lineAt(line).range.end;
  editor.selection = new vscode.Selection(end, end);
  return editor;
}

/** An unsaved markdown draft whose `|` marks the cursor. */
async function untitledDraft(textWithCursor: string): Promise<vscode.TextEditor> {
  const at = textWithCursor.indexOf('|');
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: textWithCursor.replace('|', '') });
  const editor = await vscode.window.showTextDocument(document);
  const position = document.positionAt(at);
  editor.selection = new vscode.Selection(position, position);
  return editor;
}

async function closeWithoutSaving(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

describe('Insert Sourced Quote', () => {
  before(copydeskReady);
  afterEach(closeWithoutSaving);

  it('inserts a first reference, then a later one, each at the cursor with its source marker', async () => {
    const document = await openDocument('insert-draft.md');
    const before = document.getText();

    let editor = await cursorAfter(document, 'on Friday.');
    const first = await vscode.commands.executeCommand<string>(INSERT, { entity: 'rustem-umerov', quote: 0 });
    assert.equal(first, ` ${UMEROV_FIRST}`);
    assert.equal(document.lineAt(2).text, `KYIV, Dec 19 - Ukrainian negotiators began a new round of talks with the U.S. team on Friday. ${UMEROV_FIRST}`);

    editor = await cursorAfter(document, 'officials said.');
    const later = await vscode.commands.executeCommand<string>(INSERT, { entity: 'rustem-umerov', quote: 1 });
    assert.equal(later, ` ${UMEROV_LATER}`);
    assert.equal(document.lineAt(4).text, `The delegation arrived in Miami on Thursday, officials said. ${UMEROV_LATER}`);
    assert.equal(editor.document.getText().length, before.length + first.length + later.length, 'nothing else changed');
  });

  const cases: { what: string; draft: string; inserted: string }[] = [
    {
      what: 'on an empty line of a draft that names nobody: first reference',
      draft: 'Talks resumed on Friday.\n\n|',
      inserted: UMEROV_FIRST,
    },
    {
      what: 'after the full name: surname',
      draft: 'Rustem Umerov arrived on Friday.\n\n|',
      inserted: UMEROV_LATER.replace('... Ukraine\u2019s security must be guaranteed reliably and in the long term', 'We are constructively minded. We have already held preliminary consultations with our European colleagues and are preparing for further discussions with the American side'),
    },
    {
      what: 'before the place that first names him: first reference',
      draft: '|\n\nUmerov arrived later.',
      inserted: UMEROV_FIRST,
    },
    {
      what: 'after a pronoun only: first reference',
      draft: 'He arrived on Friday.\n\n|',
      inserted: UMEROV_FIRST,
    },
  ];
  for (const c of cases) {
    it(c.what, async () => {
      const editor = await untitledDraft(c.draft);
      const inserted = await vscode.commands.executeCommand<string>(INSERT, { entity: 'rustem-umerov', quote: 0 });
      assert.equal(inserted, c.inserted);
      assert.equal(editor.document.getText(), c.draft.replace('|', c.inserted));
    });
  }

  it('quotes one sentence of a longer quote alone', async () => {
    const editor = await untitledDraft('Talks resumed on Friday.\n\n|');
    const inserted = await vscode.commands.executeCommand<string>(INSERT, { entity: 'rustem-umerov', quote: 0, sentence: 0 });
    assert.equal(inserted, '"We are constructively minded," said Rustem Umerov, head of Kyiv\'s delegation. <!-- source: report#p3 -->');
    assert.equal(editor.document.getText(), `Talks resumed on Friday.\n\n${inserted}`);
  });

  it('uses curly marks in a draft that uses them', async () => {
    const editor = await untitledDraft('\u201cWe will see,\u201d a diplomat said.\n\n|');
    const inserted = await vscode.commands.executeCommand<string>(INSERT, { entity: 'marco-rubio', quote: 0 });
    assert.equal(
      inserted,
      '\u201cIn the end, it\'s up to them to make a deal. We can\'t force Ukraine to make a deal. We can\'t force Russia to make a deal. They have to want to make a deal,\u201d U.S. Secretary of State Marco Rubio said. <!-- source: report#p10 -->',
    );
    assert.ok(editor.document.getText().endsWith(inserted));
  });

  it('replaces the selection', async () => {
    const editor = await untitledDraft('Rubio spoke. |');
    const end = editor.selection.active;
    editor.selection = new vscode.Selection(end.translate(0, -2), end);
    const inserted = await vscode.commands.executeCommand<string>(INSERT, { entity: 'marco-rubio', quote: 1 });
    assert.ok(inserted?.startsWith(' "The role we\'re trying to play'), inserted);
    assert.ok(inserted?.endsWith('end of the year," Rubio said. <!-- source: report#p11 -->'), inserted);
    assert.equal(editor.document.getText(), `Rubio spoke${inserted}`);
  });
});
