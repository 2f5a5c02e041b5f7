// Where the harness keeps things. Everything it downloads or builds lives in ignored folders of the
// checkout (`.vscode-test/`, `out/`, `test-results/`); every run's scratch space is a fresh temporary
// folder so runs never share a profile.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');

/** code-server 4.100.3 is VS Code 1.100.3, the newest release that runs on Node 20. */
export const codeServerVersion = '4.100.3';

/** The cache folder, as `@vscode/test-electron` keeps its VS Code builds in `.vscode-test/`. */
export const cacheDir = path.join(repoRoot, '.vscode-test');

export const codeServerDir = path.join(cacheDir, `code-server-${codeServerVersion}`);

/** Bundled extension-host tests: each run bundles into a folder of its own in here. */
export const hostTestsOutDir = path.join(repoRoot, 'out', 'test', 'vscode');

export const screenshotsDir = path.join(repoRoot, 'test-results');

export const fixtureWorkspace = path.join(repoRoot, 'test', 'fixtures', 'workspace');

/**
 * A new empty folder under the system temp folder. Kept short: code-server puts a unix socket in its
 * user-data folder, and socket paths are limited to about 100 characters.
 */
export function makeTempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `copydesk-${label}-`));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}
