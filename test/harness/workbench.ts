// The real workbench for UI tests: code-server with Copydesk loaded from this checkout, opened in
// headless chromium on a fresh copy of a workspace folder. Tests act and read as a person would:
// open files from the Explorer, move the mouse onto words, read what the hover shows.
//
//   const workbench = await openWorkbench({ workspace: fixtureWorkspace });
//   await workbench.openFile('report.md');
//   const card = await workbench.hover('Umerov');
//   await workbench.screenshot('hover-umerov');
//   await workbench.close();
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from './browser';
import { onExit } from './cleanup';
import { copyWorkspace, type WorkspaceCopy } from './fixture';
import { ensureCodeServer } from './install';
import { fixtureWorkspace, repoRoot, screenshotsDir } from './paths';
import { startCodeServer, workbenchUrl, type CodeServer } from './server';

export interface WorkbenchOptions {
  /** The folder to open; it is copied first, so tests may change files. Default: the fixture. */
  workspace?: string;
  /** Extra user settings. */
  settings?: Record<string, unknown>;
  /** Browser window size. */
  viewport?: { width: number; height: number };
}

export interface Workbench {
  page: Page;
  /** The copied workspace folder the workbench has open. */
  folder: string;
  /** Opens a file of the workspace by double-clicking it in the Explorer; waits for its editor. */
  openFile(relativePath: string): Promise<void>;
  /** Waits until Copydesk has analysed the open draft: its code lenses show. */
  waitForCopydesk(): Promise<void>;
  /**
   * Moves the mouse onto the `occurrence`-th appearance (1-based) of `word` in the active editor and
   * returns the text of the hover that shows, as a person reads it.
   */
  hover(word: string, occurrence?: number): Promise<string>;
  /** Saves a PNG of the window to `test-results/<name>.png` and returns its path. */
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

const hoverSelector = '.monaco-hover:not(.hidden)';

export async function openWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const entry = ensureCodeServer();
  let workspace: WorkspaceCopy | undefined;
  let server: CodeServer | undefined;
  let browser: LaunchedBrowser | undefined;
  const close = async (): Promise<void> => {
    forget();
    await browser?.close();
    await server?.stop();
    workspace?.dispose();
  };
  const forget = onExit(close);
  try {
    workspace = copyWorkspace(options.workspace ?? fixtureWorkspace);
    server = await startCodeServer({ entry, settings: options.settings });
    browser = await launchChromium();
    const page = await browser.browser.newPage({ viewport: options.viewport ?? { width: 1280, height: 800 } });
    await page.goto(workbenchUrl({ server, folder: workspace.folder, extensionDevelopmentPath: repoRoot }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    // The Explorer lists the folder's files once the remote side has answered.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
    return makeWorkbench(page, workspace.folder, close);
  } catch (error) {
    await close();
    throw error;
  }
}

function makeWorkbench(page: Page, folder: string, close: () => Promise<void>): Workbench {
  const workbench: Workbench = {
    page,
    folder,
    close,
    async openFile(relativePath) {
      const parts = relativePath.split('/');
      for (const [i, part] of parts.entries()) {
        const row = explorerRow(page, part);
        await row.waitFor({ timeout: 30000 });
        if (i < parts.length - 1) {
          if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
        } else {
          await row.dblclick();
        }
      }
      const name = parts[parts.length - 1]!;
      await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 30000 });
      await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ timeout: 30000 });
    },
    async waitForCopydesk() {
      await page.locator('.editor-instance .monaco-editor .codelens-decoration').first().waitFor({ timeout: 60000 });
    },
    async hover(word, occurrence = 1) {
      await workbench.waitForCopydesk();
      const box = await wordBox(page, word, occurrence);
      // Keep trying until the hover shows (the first ones can race the editor settling), up to a
      // deadline: move away, then onto the word in steps, as a hand on a mouse would.
      const deadline = Date.now() + 30000;
      for (;;) {
        await page.mouse.move(box.x + box.width / 2, box.y + box.height * 4, { steps: 4 });
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
        const hover = page.locator(hoverSelector).filter({ hasText: /\S/ }).first();
        try {
          await hover.waitFor({ timeout: 3000 });
          return (await hover.innerText()).trim();
        } catch (error) {
          if (Date.now() > deadline) throw new Error(`no hover showed on "${word}": ${(error as Error).message}`);
        }
      }
    },
    async screenshot(name) {
      fs.mkdirSync(screenshotsDir, { recursive: true });
      const file = path.join(screenshotsDir, `${name}.png`);
      // Finishes fade-ins at once, so a hover that just appeared is captured fully drawn.
      await page.screenshot({ path: file, animations: 'disabled' });
      return file;
    },
  };
  return workbench;
}

function explorerRow(page: Page, name: string) {
  return page.locator('.explorer-folders-view .monaco-list-row', {
    has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }),
  });
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Runs in the page (as text: the project's TypeScript has no DOM types): the screen box of the
 * `occurrence`-th appearance of `word` in the active editor's rendered lines, found in their text
 * nodes, or null.
 */
const findWordInEditor = `(word, occurrence) => {
  const lines = document.querySelector('.editor-instance .monaco-editor .view-lines');
  if (!lines) return null;
  const ordered = [...lines.querySelectorAll('.view-line')].sort(
    (a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top,
  );
  let seen = 0;
  for (const line of ordered) {
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.textContent || '').replace(/\u00a0/g, ' ');
      for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        if (++seen < occurrence) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height };
      }
    }
  }
  return null;
}`;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

async function wordBox(page: Page, word: string, occurrence: number): Promise<Box> {
  const box = await page.evaluate<Box | null>(`(${findWordInEditor})(${JSON.stringify(word)}, ${occurrence})`);
  if (!box) throw new Error(`"${word}" (#${occurrence}) is not on screen in the active editor`);
  return box;
}
