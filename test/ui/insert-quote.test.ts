// What a writer does: with the cursor at the end of a draft, run "Copydesk: Insert Sourced Quote" from
// the command palette, type words of the quote, pick it, and see it in house form with its source.
// Then "Insert Sourced Quote by Speaker" adds another of his quotes by surname. Screenshots are saved
// for people to look at (test-results/insert-quote*.png, the picker grouped by speaker among them). Expected text is read from
// data/entities.yaml (Umerov's quotes, report ¶3) and the house form in SPEC §1.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openWorkbench, type Workbench } from '../harness/workbench';

// The first sentence of his first quote, picked alone.
const FIRST = '"We are constructively minded," said Rustem Umerov, head of Kyiv\'s delegation. <!-- source: report#p3 -->';
const LATER = '"... Ukraine\u2019s security must be guaranteed reliably and in the long term," Umerov said. <!-- source: report#p3 -->';

/** Reads a file until it satisfies `accept`, up to a deadline (the save is asynchronous). */
async function fileWhen(file: string, accept: (text: string) => boolean, timeoutMs = 30000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = fs.readFileSync(file, 'utf8');
    if (accept(text) || Date.now() > deadline) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('Insert Sourced Quote in the workbench', () => {
  let workbench: Workbench | undefined;

  before(async () => {
    workbench = await openWorkbench();
  });

  after(async () => {
    await workbench?.close();
  });

  async function runFromPalette(command: string): Promise<void> {
    const { page } = workbench!;
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 30000 });
    await input.fill(`>${command}`);
    // Rows may carry more lines ("recently used", "similar commands"): click the one whose label is the command.
    const rows = page.locator('.quick-input-list .monaco-list-row', { hasText: command });
    await rows.first().waitFor({ timeout: 30000 });
    for (const row of await rows.all()) {
      if ((await row.innerText()).split('\n')[0].trim() === command) return row.click();
    }
    assert.fail(`no palette row is labelled ${command}: ${JSON.stringify(await rows.allInnerTexts())}`);
  }

  /** Types into the open quick pick once `shown` is in it, then clicks the row labelled `label`. */
  async function pick(shown: string, typed: string, label: string, screenshot?: string): Promise<void> {
    const { page } = workbench!;
    await page.locator('.quick-input-list .monaco-list-row', { hasText: shown }).first().waitFor({ timeout: 30000 });
    if (screenshot) await workbench!.screenshot(screenshot);
    await page.locator('.quick-input-widget input').fill(typed);
    const row = page.locator('.quick-input-list .monaco-list-row', {
      has: page.locator('.label-name', { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }),
    });
    await row.first().click({ timeout: 30000 });
  }

  it('inserts a quote picked by its words, then one picked by speaker, in house form with sources', async () => {
    const wb = workbench!;
    const { page } = wb;
    const file = path.join(wb.folder, 'insert-draft.md');
    const original = fs.readFileSync(file, 'utf8');
    await wb.openFile('insert-draft.md');
    await wb.waitForCopydesk();
    await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
    await page.keyboard.press('Control+End');

    await runFromPalette('Copydesk: Insert Sourced Quote');
    await pick('We are constructively minded', 'constructively', 'We are constructively minded.', 'insert-quote-picker');
    const lines = page.locator('.editor-instance .monaco-editor .view-lines');
    await lines.filter({ hasText: 'said Rustem Umerov' }).waitFor({ timeout: 30000 });
    await wb.screenshot('insert-quote');

    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await runFromPalette('Copydesk: Insert Sourced Quote by Speaker');
    await pick('Rustem Umerov', 'Umerov', 'Rustem Umerov');
    await pick('We are constructively minded', 'security must be guaranteed', '... Ukraine\u2019s security must be guaranteed reliably and in the long term.');
    await lines.filter({ hasText: 'Umerov said.' }).waitFor({ timeout: 30000 });
    await wb.screenshot('insert-quote-by-speaker');

    await page.keyboard.press('Control+s');
    const expected = `${original}${FIRST}\n\n${LATER}`;
    // Wait for this content, not just any change: the workbench may also have saved an earlier state.
    const saved = await fileWhen(file, (text) => text === expected);
    assert.equal(saved, expected);
  });

  // Markdown turns VS Code's quick suggestions off by default, so the list opens on request (Ctrl+Space).
  it('offers Marco Rubio with his title for "Rub" typed in prose', async () => {
    const wb = workbench!;
    const { page } = wb;
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Talks went on. Rub');
    await page.keyboard.press('Control+Space');
    const row = page.locator('.suggest-widget .monaco-list-row', { hasText: 'Marco Rubio' });
    await row.first().waitFor({ timeout: 30000 });
    await wb.screenshot('complete-name');
    const text = (await row.first().innerText()).replace(/\s+/g, ' ');
    assert.match(text, /Marco Rubio/);
    assert.match(text, /U\.S\. Secretary of State/);
    await page.keyboard.press('Enter');
    await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: 'Talks went on. U.S. Secretary of State Marco Rubio' }).waitFor({ timeout: 30000 });
  });
});
