// What every benchmark process shares: where the real copy lives, the bundled entity list, the seeds.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EntityIndex } from '../src/engine/entities/compile';
import { bundledEngine } from './engine';

/**
 * The seed of the one draft of each size that the peers, the providers, the heap and `bench:steps` are
 * timed on.
 */
export const SEED = 1;

/**
 * The seeds Copydesk's budgets are judged over. A seed decides which names each copy swaps, and that
 * moves Copydesk's time by 10% between drafts of the same size: the 1 MB draft of seed 1 is the lightest
 * of the first ten (4,181 mentions against up to 5,608), so a budget judged on one seed is judged on
 * its luck. The floor and 10 MB / 1 MB are the median over these seeds, their range printed beside it.
 */
export const SEEDS = [1, 2, 3, 4, 5];

/**
 * How many analyses of a 1 MB draft make one timed sample, so that each sample carries its share of
 * V8's collections. One analysis allocates about 4 MB, and V8 collects its young generation every two
 * or three analyses: a sample of one analysis holds a collection about one time in three, so the
 * median of such samples is an analysis without one (measured: the median collection pause of
 * one-call samples is 0 ms; over ten-call samples 0.7–1.3 ms a call, and V8's helper threads add
 * another 1.0–2.1 ms of CPU). Ten analyses of 1 MB read as much text as one of 10 MB, whose
 * single-call samples always hold their collections.
 */
export const ANALYSES_PER_SAMPLE = 10;

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
