// Run in its own process by the benchmark: analyses the 10 MB draft and prints the heap figures as JSON:
// the peak of the first analysis, how much it grew the heap, and what a second one keeps. A separate
// process keeps the other measurements' garbage out of the figure.
import { getHeapStatistics } from 'node:v8';
import { bundledEngine } from './engine';
import { buildDraft, loadArticles } from './corpus';
import { loadBundledIndex, SEED, sharedDir } from './setup';

const index = loadBundledIndex();
const { analyze } = bundledEngine();
const draft = buildDraft(loadArticles(sharedDir()), 10 * 1024 * 1024, SEED);
/** The collector, which the benchmark exposes to this process (`--expose-gc`). */
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
gc();
const before = process.memoryUsage().heapUsed;
let peakCommitted = getHeapStatistics().total_heap_size;
let analysis = analyze(draft, 'markdown', index);
peakCommitted = Math.max(peakCommitted, getHeapStatistics().total_heap_size);
const after = process.memoryUsage().heapUsed;
// What an analysis keeps: measured on a second one, so the first's one-time costs (compiled code, the
// engine's pools) do not count, as the heap once its garbage is collected with the result still held.
analysis = analyze('', 'markdown', index);
gc();
const base = process.memoryUsage().heapUsed;
analysis = analyze(draft, 'markdown', index);
gc();
const kept = process.memoryUsage().heapUsed - base;
process.stdout.write(
  JSON.stringify({
    draftHeapMb: before / 2 ** 20,
    peakCommittedMb: peakCommitted / 2 ** 20,
    grownByAnalysisMb: (after - before) / 2 ** 20,
    keptByAnalysisMb: kept / 2 ** 20,
    quotes: analysis.quotes.length,
  }) + '\n',
);
