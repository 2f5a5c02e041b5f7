// Installs code-server (a real VS Code whose workbench runs in a browser) into the ignored cache
// folder on first use, the way @vscode/test-electron caches VS Code builds. Later runs reuse it.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { log } from './log';
import { cacheDir, codeServerDir, codeServerVersion, makeTempDir, removeDir } from './paths';
import { codeServerBuildPackages, ensureDebianPackages } from './system';

/** Written last, so a half-finished install is never mistaken for a good one. */
const doneMarker = '.copydesk-installed';

/** @vscode/ripgrep's postinstall looks for this tarball before downloading ripgrep from GitHub. */
const ripgrepCacheName = 'vscode-ripgrep-cache-1.15.11';
const ripgrepTarball = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

/** The code-server entry script, installing code-server first when the cache has none. */
export function ensureCodeServer(): string {
  const entry = entryScript(codeServerDir);
  if (fs.existsSync(path.join(codeServerDir, doneMarker)) && fs.existsSync(entry)) return entry;
  install();
  return entry;
}

function entryScript(dir: string): string {
  return path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

function install(): void {
  log(`installing code-server ${codeServerVersion} into ${path.relative(process.cwd(), codeServerDir) || '.'} (once; about a minute)`);
  ensureDebianPackages(codeServerBuildPackages);
  fs.mkdirSync(cacheDir, { recursive: true });
  // Install beside the final folder and rename at the end, so two runs starting at once cannot
  // leave a mixed install behind.
  const staging = fs.mkdtempSync(`${codeServerDir}.partial-`);
  const scratch = makeTempDir('cs-install');
  try {
    placeRipgrepTarball(scratch);
    fs.writeFileSync(
      path.join(staging, 'package.json'),
      JSON.stringify({ name: 'copydesk-code-server', private: true }, null, 2),
    );
    const result = spawnSync(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `code-server@${codeServerVersion}`],
      { cwd: staging, stdio: ['ignore', 'inherit', 'inherit'], env: installEnv(scratch) },
    );
    if (result.status !== 0) {
      throw new Error(
        `npm install code-server@${codeServerVersion} failed (exit ${result.status ?? result.signal}); ` +
          'its native modules need: apt-get install libkrb5-dev pkg-config build-essential ripgrep',
      );
    }
    if (!fs.existsSync(entryScript(staging)) || !fs.existsSync(path.join(staging, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules'))) {
      throw new Error('code-server installed without its VS Code dependencies: its postinstall did not run');
    }
    fs.writeFileSync(path.join(staging, doneMarker), `${new Date().toISOString()}\n`);
    if (fs.existsSync(path.join(codeServerDir, doneMarker))) {
      // Another run finished first and may be using its copy: keep that one.
      log('code-server was installed meanwhile by another run');
      return;
    }
    if (fs.existsSync(codeServerDir)) removeDir(codeServerDir);
    fs.renameSync(staging, codeServerDir);
    log('code-server installed');
  } finally {
    removeDir(scratch);
    if (fs.existsSync(staging)) removeDir(staging);
  }
}

function installEnv(scratch: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // @vscode/ripgrep looks in $TMPDIR for its cached download.
    TMPDIR: scratch,
    // code-server's postinstall refuses to run as root without it.
    npm_config_unsafe_perm: 'true',
    // node-pty's postinstall runs `npx node-gyp`, which would otherwise ask before installing it.
    npm_config_yes: 'true',
    // npm 11 skips dependencies' install scripts unless allowed, but code-server is nothing without
    // them: its postinstall runs a nested `npm install` in lib/vscode whose native modules must build.
    // A package.json allow-list cannot reach that nested install; the environment does. This applies
    // only to this install in the cache folder, never to the project's own dependencies.
    npm_config_dangerously_allow_all_scripts: 'true',
    npm_config_update_notifier: 'false',
  };
}

/**
 * Offline fix: a tarball of Debian's ripgrep 13.0.0 (the version @vscode/ripgrep 1.15.11 wants) in
 * the install's own temp folder, so its postinstall finds it and never reaches for GitHub.
 */
function placeRipgrepTarball(tmpDir: string): void {
  const rg = findOnPath('rg');
  if (!rg) throw new Error('ripgrep (rg) is needed to install code-server offline: apt-get install ripgrep');
  const cache = path.join(tmpDir, ripgrepCacheName);
  fs.mkdirSync(cache, { recursive: true });
  const stage = path.join(tmpDir, 'rg-stage');
  fs.mkdirSync(stage);
  fs.copyFileSync(rg, path.join(stage, 'rg'));
  fs.chmodSync(path.join(stage, 'rg'), 0o755);
  const tar = spawnSync('tar', ['-czf', path.join(cache, ripgrepTarball), '-C', stage, 'rg'], { stdio: 'inherit' });
  if (tar.status !== 0) throw new Error('could not pack the ripgrep tarball');
}

function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}
