// Runs an extension-host test suite in the real workbench: code-server serves VS Code, chromium
// opens it with the extension and the tests given in the URL's payload, and the workbench reports
// the suite's status through `window.codeAutomationExit(code)` when the tests end.
import { launchChromium } from './browser';
import { onExit } from './cleanup';
import { ensureCodeServer } from './install';
import { log } from './log';
import { startCodeServer, workbenchUrl } from './server';

export interface HostRunOptions {
  folder: string;
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  /** Give up after this long; a suite that never reports is a failure, not a hang. */
  timeoutMs?: number;
}

export async function runTestsInWorkbench(options: HostRunOptions): Promise<number> {
  const entry = ensureCodeServer();
  const server = await startCodeServer({
    entry,
    workspaceTrust: process.env.COPYDESK_HARNESS_WORKSPACE === 'untrusted',
    onExtensionHostOutput: (line, stream) => (stream === 'stdout' ? process.stdout : process.stderr).write(`${line}\n`),
  });
  let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
  const forget = onExit(async () => {
    await browser?.close();
    await server.stop();
  });
  try {
    browser = await launchChromium();
    const page = await browser.browser.newPage();
    let reportExit: (code: number) => void = () => undefined;
    const exitCode = new Promise<number>((resolve) => {
      reportExit = resolve;
    });
    await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(Number(code)));
    page.on('pageerror', (error) => log(`workbench page error: ${error.message}`));
    const url = workbenchUrl({ server, ...options });
    log(`opening the workbench at ${server.origin}`);
    await page.goto(url);
    const timeoutMs = options.timeoutMs ?? 10 * 60 * 1000;
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        log(`no result from the extension host after ${timeoutMs / 1000} s`);
        resolve(1);
      }, timeoutMs);
    });
    const crashed = server.crashed.then((description) => {
      log(description);
      return 1;
    });
    const code = await Promise.race([exitCode, timedOut, crashed]);
    clearTimeout(timer);
    return code;
  } finally {
    forget();
    await browser?.close();
    await server.stop();
  }
}
