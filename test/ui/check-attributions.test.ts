// What a copy editor sees: "Copydesk: Check Attributions" from the command palette lists every quote
// with its speaker and every flag; clicking a flag goes to its place in the draft. A screenshot is
// saved for people to look at (test-results/check-attributions.png).
import * as assert from 'node:assert/strict';
import { openWorkbench, type Workbench } from '../harness/workbench';

describe('Check Attributions in the workbench', () => {
  let workbench: Workbench | undefined;

  before(async () => {
    workbench = await openWorkbench();
  });

  after(async () => {
    await workbench?.close();
  });

  it('shows the report from the command palette, and a click goes to the flag', async () => {
    const wb = workbench!;
    const { page } = wb;
    await wb.openFile('problems-draft.md');
    await wb.waitForCopydesk();

    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: 30000 });
    await input.fill('>Copydesk: Check Attributions');
    const pick = page.locator('.quick-input-list .monaco-list-row', { hasText: /^Copydesk: Check Attributions$/ });
    await pick.first().waitFor({ timeout: 30000 });
    await page.keyboard.press('Enter');

    const rows = page.locator('.part.panel .monaco-list-row');
    await rows.filter({ hasText: /^Flags \(\d+\)$/ }).waitFor({ timeout: 30000 });
    // Each row as a person reads it: the label, then the description beside it.
    const texts: string[] = [];
    for (const row of await rows.all()) {
      const label = (await row.locator('.label-name').innerText()).trim();
      const description = await row.locator('.label-description').allInnerTexts();
      texts.push([label, ...description.map((d) => d.trim())].filter(Boolean).join(' — '));
    }
    await wb.screenshot('check-attributions');

    // Read off problems-draft.md: three quotes with their speakers, and among the flags the four
    // problems it was written with, each at its line.
    for (const expected of [
      'Quotes (3)',
      "“We are constructively minded,” — Rustem Umerov, head of Kyiv's delegation",
      `“We can't force Ukraine to make a deal.” — unattributed quote`,
      '“The talks will go on through the weekend,” — anonymous: a senior Ukrainian official',
    ]) {
      assert.ok(texts.includes(expected), `row “${expected}” in ${JSON.stringify(texts)}`);
    }
    for (const flag of ['title-mismatch · line 7', 'unattributed-quote · line 9', 'name-spelling · line 11', 'anonymous-source · line 13']) {
      assert.ok(texts.some((t) => t.endsWith(` — ${flag}`)), `a flag row ending “${flag}” in ${JSON.stringify(texts)}`);
    }
    assert.ok(texts.some((t) => t.startsWith('“Zelensky” is not the house spelling')), JSON.stringify(texts));

    await rows.filter({ hasText: 'name-spelling · line 11' }).click();
    // The editor selects "Zelensky" on line 11: the status bar shows the cursor there.
    const selection = page.locator('#status\\.editor\\.selection');
    await selection.filter({ hasText: /Ln 11, Col \d+ \(8 selected\)/ }).waitFor({ timeout: 30000 });
    await wb.screenshot('check-attributions-clicked');
  });

  it('shows the draft’s counts in the status bar, and a click there opens the report', async () => {
    const { page } = workbench!;
    // Close the panel the first test opened, so the click has something to show.
    await page.keyboard.press('Control+J');
    await page.locator('.part.panel .monaco-list-row').first().waitFor({ state: 'hidden', timeout: 30000 });
    // problems-draft.md: three quotes, two of them with a speaker or a source.
    const item = page.locator('.statusbar-item', { has: page.locator('[aria-label^="Copydesk: 3 quotes, 2 attributed"]') })
      .or(page.locator('.statusbar-item[aria-label^="Copydesk: 3 quotes, 2 attributed"]'))
      .first();
    await item.waitFor({ timeout: 30000 });
    assert.match(await item.innerText(), /2\/3/);
    await item.click();
    await page.locator('.part.panel .monaco-list-row', { hasText: 'Quotes (3)' }).waitFor({ timeout: 30000 });
    await workbench!.screenshot('status-bar-report');
  });
});
