// Debian's chromium, driven by playwright-core (which downloads no browser of its own).
import * as fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { makeTempDir, removeDir } from './paths';
import { browserPackages, ensureDebianPackages } from './system';

export const chromiumPath = '/usr/bin/chromium';

export interface LaunchedBrowser {
  browser: Browser;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<LaunchedBrowser> {
  if (!fs.existsSync(chromiumPath)) ensureDebianPackages(browserPackages);
  const home = makeTempDir('chromium');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    // Playwright gives the browser a fresh profile folder; HOME keeps the rest out of the real home.
    env: { ...process.env, HOME: home },
  });
  return {
    browser,
    close: async () => {
      await browser.close().catch(() => undefined);
      removeDir(home);
    },
  };
}
