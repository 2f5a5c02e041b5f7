// Run by compare.ts in a process of its own: one bundled engine's analysis of the 1 MB draft (median
// CPU time after warm-up) and the quote-regex floor beside it, printed as JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDraft, loadArticles } from './corpus';
import type { Engine } from './engine';
import { quoteFloor } from './floor';
import { cpuMs, median, warmUp } from './measure';
import { ANALYSES_PER_SAMPLE, repoRoot, SEED, sharedDir } from './setup';

const RUNS = 9;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require(process.argv[2]!) as Engine;
const { list } = engine.parseEntityFile(readFileSync(join(repoRoot, 'data', 'entities.yaml'), 'utf8'), 'data/entities.yaml');
const index = engine.compileEntities(list);
const text = buildDraft(loadArticles(sharedDir()), 1024 * 1024, SEED);

function floorTimes(): number[] {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = cpuMs();
    for (let k = 0; k < 10; k++) quoteFloor(text);
    times.push((cpuMs() - t0) / 10);
  }
  return times;
}

const floor = floorTimes();
// Each result is kept until the next is made, as the bench (and the extension's cache) keeps it: what
// an analysis leaves alive is what the collector copies while the next one runs.
let kept: unknown;
warmUp(() => (kept = engine.analyze(text, 'markdown', index)));
// Each sample several analyses, so each carries its share of collections (see ANALYSES_PER_SAMPLE):
// an engine that leaves less for the collector is the faster one.
const analysis: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = cpuMs();
  for (let k = 0; k < ANALYSES_PER_SAMPLE; k++) kept = engine.analyze(text, 'markdown', index);
  analysis.push((cpuMs() - t0) / ANALYSES_PER_SAMPLE);
}
void kept;
floor.push(...floorTimes());
process.stdout.write(JSON.stringify({ ms: median(analysis), floor: median(floor) }) + '\n');
