// Runs the built CLI (dist/cli.js) the way a newsroom script would: a child process, a folder, argv.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const fixtures = path.join(repoRoot, 'test', 'fixtures', 'cli');
const cli = path.join(repoRoot, 'dist', 'cli.js');

let built = false;
/** Builds dist/cli.js once per test run. */
export function buildCli(): void {
  if (built) return;
  execFileSync(process.execPath, ['esbuild.js'], { cwd: repoRoot, stdio: 'pipe' });
  built = true;
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function copydesk(args: string[], cwd = fixtures): CliRun {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The flags that make a run depend only on the test's own entity list. */
export const TEST_LIST = ['--no-bundled', '--entities', path.join(fixtures, 'entities.yaml')];

/** A fresh temporary folder with the given files (string: UTF-8 text; Buffer: bytes). */
export function tempFolder(files: Record<string, string | Buffer> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

export function removeFolder(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** No stack trace ever reaches the user. */
export function hasStackTrace(stderr: string): boolean {
  return /\n\s+at .+\(.*:\d+:\d+\)/.test(stderr) || /Error: .*\n\s+at /.test(stderr);
}

export const TALKS_TITLE = 'drafts/talks.md:3:1: error title-mismatch “Secretary of State” is Marco Rubio’s title, not Steve Witkoff’s: write “White House envoy”.';
export const TALKS_SPELLING = 'drafts/talks.md:3:48: warning name-spelling “Zelensky” is not the house spelling: write “Zelenskiy”.';
