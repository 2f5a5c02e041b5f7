// What every benchmark process shares: where the real copy lives, the bundled entity list, the seeds.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EntityIndex } from '../src/engine/entities/compile';
import { bundledEngine } from './engine';

export const ONE_MB_SEED = 1;

/**
 * Untimed analyses of the 1 MB draft before the first timed one in a process: the first ones run while
 * V8 still compiles the engine on a background thread, which CPU time counts.
 */
export const STEADY = 10;
export const TEN_MB_SEED = 10;

export const repoRoot = resolve(__dirname, '..');

/** `../shared` beside the checkout, or COPYDESK_SHARED. */
export function sharedDir(): string {
  const dir = process.env.COPYDESK_SHARED ?? resolve(repoRoot, '..', 'shared');
  if (!existsSync(join(dir, 'seed', 'report.txt'))) {
    throw new Error(`The benchmark needs the report and the dev corpus in ${dir} (set COPYDESK_SHARED).`);
  }
  return dir;
}

/** The bundled entity list, compiled by the bundled engine (see engine.ts). */
export function loadBundledIndex(): EntityIndex {
  const { compileEntities, parseEntityFile } = bundledEngine();
  const path = join(repoRoot, 'data', 'entities.yaml');
  const { list } = parseEntityFile(readFileSync(path, 'utf8'), 'data/entities.yaml');
  return compileEntities(list);
}
