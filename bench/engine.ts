// The engine as the extension ships it: bench/engine-entry.ts bundled with the production options of
// esbuild.js (node20, minified) and loaded once per process. Timing the TypeScript sources through tsx
// would time its loader's output instead, which wraps every function in a run-time renaming call.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';

export type Engine = typeof import('./engine-entry');

let loaded: Engine | undefined;

export function bundledEngine(): Engine {
  if (loaded) return loaded;
  const outdir = mkdtempSync(join(tmpdir(), 'copydesk-engine-'));
  try {
    const outfile = join(outdir, 'engine.js');
    bundleEngine(join(__dirname, '..'), outfile);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require(outfile) as Engine;
    return loaded;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** Bundles the engine of the checkout at `root` (its own esbuild.js options and sources) into `outfile`. */
export function bundleEngine(root: string, outfile: string): void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { builds } = require(join(root, 'esbuild.js')) as { builds: (o: object) => Record<string, unknown>[] };
  const [production] = builds({ production: true });
  // A synchronous build runs no plugins; the engine's timing does not depend on them (see esbuild.js).
  buildSync({ ...production, plugins: undefined, entryPoints: [join(root, 'bench', 'engine-entry.ts')], outfile, absWorkingDir: root, logLevel: 'error' });
}
