// Debian packages the harness needs, installed with apt-get when missing (the machines run as root);
// anyone else gets the exact command to run.
import { spawnSync } from 'node:child_process';
import { log } from './log';

/** Headless browser for the workbench. */
export const browserPackages = ['chromium'];

/**
 * What code-server's install needs offline: ripgrep (its tarball stands in for the download of
 * @vscode/ripgrep) and the toolchain that builds `kerberos` and `argon2` when their prebuilt binaries
 * cannot be fetched.
 */
export const codeServerBuildPackages = ['ripgrep', 'libkrb5-dev', 'pkg-config', 'build-essential'];

function isInstalled(pkg: string): boolean {
  const query = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return query.status === 0 && query.stdout.includes('install ok installed');
}

let aptUpdated = false;

export function ensureDebianPackages(packages: string[]): void {
  const missing = packages.filter((pkg) => !isInstalled(pkg));
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing Debian packages: ${missing.join(', ')}. Install them with: sudo sh -c '${command}'`);
  }
  log(`installing Debian packages: ${missing.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) {
    run('apt-get', ['update', '-q'], env);
    aptUpdated = true;
  }
  run('apt-get', ['install', '-y', '-q', ...missing], env);
  const stillMissing = missing.filter((pkg) => !isInstalled(pkg));
  if (stillMissing.length > 0) {
    throw new Error(`apt-get could not install: ${stillMissing.join(', ')}. Try: ${command}`);
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], env });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status ?? result.signal}`);
  }
}
