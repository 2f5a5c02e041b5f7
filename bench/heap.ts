// Run in its own process by the benchmark: analyses the 10 MB draft once and prints the heap figures as
// JSON. A separate process keeps the other measurements' garbage out of the figure.
import { getHeapStatistics } from 'node:v8';
import { bundledEngine } from './engine';
import { buildDraft, loadArticles } from './corpus';
import { loadBundledIndex, sharedDir, TEN_MB_SEED } from './setup';

const index = loadBundledIndex();
const { analyze } = bundledEngine();
const draft = buildDraft(loadArticles(sharedDir()), 10 * 1024 * 1024, TEN_MB_SEED);
(globalThis as { gc?: () => void }).gc?.();
const before = process.memoryUsage().heapUsed;
let peakCommitted = getHeapStatistics().total_heap_size;
const analysis = analyze(draft, 'markdown', index);
peakCommitted = Math.max(peakCommitted, getHeapStatistics().total_heap_size);
const after = process.memoryUsage().heapUsed;
process.stdout.write(
  JSON.stringify({
    draftHeapMb: before / 2 ** 20,
    peakCommittedMb: peakCommitted / 2 ** 20,
    retainedByAnalysisMb: (after - before) / 2 ** 20,
    quotes: analysis.quotes.length,
  }) + '\n',
);
