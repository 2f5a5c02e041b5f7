// Builds what a run loads: the extension (the project's own esbuild.js) and the extension-host tests.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { log } from './log';
import { hostTestsOutDir, removeDir, repoRoot } from './paths';

/** `dist/extension.js` and `dist/cli.js`, as `npm run build` makes them. */
export function buildExtension(): void {
  log('building the extension (node esbuild.js)');
  const result = spawnSync(process.execPath, ['esbuild.js'], { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`node esbuild.js failed (exit ${result.status ?? result.signal})`);
}

/**
 * Bundles `test/vscode/index.ts` (the in-host mocha runner) and every `test/vscode/*.test.ts` into a
 * folder of its own under `out/test/`, one file each, so runs started at the same time never load
 * each other's files. `vscode` is provided by the extension host; mocha is loaded from the
 * project's node_modules so the runner and the suites share one copy of it.
 */
export async function bundleHostTests(): Promise<{ runner: string; dispose(): void }> {
  const sourceDir = path.join(repoRoot, 'test', 'vscode');
  const entryPoints = fs
    .readdirSync(sourceDir)
    .filter((name) => name === 'index.ts' || name.endsWith('.test.ts'))
    .sort()
    .map((name) => path.join(sourceDir, name));
  fs.mkdirSync(hostTestsOutDir, { recursive: true });
  const outdir = fs.mkdtempSync(path.join(hostTestsOutDir, 'run-'));
  log(`bundling ${entryPoints.length - 1} extension-host test files into ${path.relative(repoRoot, outdir)}/`);
  await esbuild.build({
    entryPoints,
    outdir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return { runner: path.join(outdir, 'index.js'), dispose: () => removeDir(outdir) };
}
