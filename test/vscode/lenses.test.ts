// Code lenses: the draft's summary at the top, and over each quote its speaker with title.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { copydeskReady, hoverCardsAt, openDocument, waitFor, waitForDiagnostics } from '../harness/vscode-helpers';
import { codeLenses as lenses, PROBLEMS_DRAFT } from './problem-drafts';

describe('code lenses', () => {
  let document: vscode.TextDocument;
  let found: vscode.CodeLens[];

  before(async () => {
    document = await openDocument(PROBLEMS_DRAFT);
    await copydeskReady();
    await waitForDiagnostics(document.uri, (ds) => ds.length > 0);
    found = await waitFor('code lenses', async () => {
      const ls = await lenses(document);
      return ls.length > 1 ? ls : undefined;
    });
  });

  function lensAt(phrase: string): vscode.CodeLens | undefined {
    const line = document.positionAt(document.getText().indexOf(phrase)).line;
    return found.find((l) => l.range.start.line === line && l.command?.command !== 'copydesk.checkAttributions');
  }

  it('names Umerov and his title over his quote', () => {
    assert.equal(lensAt('"We are constructively minded,"')?.command?.title, "Rustem Umerov, head of Kyiv's delegation");
  });

  it('says “unattributed quote” over a quote nobody said', () => {
    assert.equal(lensAt(`"We can't force Ukraine`)?.command?.title, 'unattributed quote');
  });

  it('shows the unnamed source over an anonymous quote', () => {
    assert.equal(lensAt('"The talks will go on')?.command?.title, 'anonymous: a senior Ukrainian official');
  });

  it('puts the summary at the top, running Check Attributions', () => {
    const summary = found.find((l) => l.command?.command === 'copydesk.checkAttributions');
    assert.ok(summary, 'a summary lens');
    assert.equal(summary.range.start.line, 0);
    // Three quotes in the draft: Umerov's (named), the anonymous one, and one with no speaker.
    assert.match(summary.command!.title, /^3 quotes · 2 attributed · \d+ unsourced claims?$/);
  });

  it('gives every quote of the draft exactly one lens', () => {
    const quoteLenses = found.filter((l) => l.command?.command !== 'copydesk.checkAttributions');
    assert.equal(quoteLenses.length, 3);
  });

  it('words a lens only when VS Code resolves it (the lenses on screen)', async () => {
    // Without a count of lenses to resolve, VS Code hands back the lenses as the provider placed them.
    const placed = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri)) ?? [];
    assert.deepEqual(
      placed.map((l) => [l.range.start.line, l.command]),
      found.map((l) => [l.range.start.line, undefined]),
    );
    const [summary, firstQuote] = await lenses(document, 2);
    assert.equal(summary.command?.command, 'copydesk.checkAttributions');
    assert.equal(firstQuote.command?.title, found[1]!.command?.title);
  });
});

describe('hovers on quotes', () => {
  const cardsAt = (phrase: string): Promise<string[]> => hoverCardsAt(PROBLEMS_DRAFT, phrase);

  it('name the speaker with title, the method and the cue', async () => {
    assert.deepEqual(await cardsAt('constructively'), [
      "Quote — **Rustem Umerov**, head of Kyiv's delegation\n\nSpeaker: named in the text · source “Umerov” · cue “said”",
    ]);
  });

  it('say when a quote has no speaker', async () => {
    const cards = await cardsAt('force Ukraine');
    assert.ok(cards.some((c) => c.startsWith('**Unattributed quote**')), JSON.stringify(cards));
  });

  it('show an unnamed source as written', async () => {
    assert.deepEqual(await cardsAt('through the weekend'), [
      'Quote — **a senior Ukrainian official**\n\nSpeaker: unnamed source · cue “said”',
    ]);
  });
});
