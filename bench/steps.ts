// `npm run bench:steps [-- 10]`: where the time of one analysis goes, step by step, on the 1 MB draft,
// next to the quote-regex floor timed in blocks of its own before and after, in CPU time (see
// measure.ts). For finding what to speed up; budgets live in run.ts. Beside each step: the
// garbage-collection pauses that fell inside it (wall time), since the collector is charged to
// whichever step happens to allocate when it runs. With `10`, each step is then timed on the 10 MB draft
// too, beside its 1 MB time: where the 10 MB analysis spends more per megabyte.
import { performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import type { AnalysisContext } from '../src/engine/context';
import { buildDraft, loadArticles } from './corpus';
import { bundledEngine } from './engine';
import { quoteFloor } from './floor';
import { cpuMs, median, warmUp } from './measure';
import { loadBundledIndex, SEED, sharedDir } from './setup';

const index = loadBundledIndex();
const { attributeQuotes, CueMarks, extractProse, findClaims, findMentions, findQuotes, QuoteMarks, runRules, splitSentences } = bundledEngine();
const articles = loadArticles(sharedDir());
const text = buildDraft(articles, 1024 * 1024, SEED);
const withTenMb = process.argv.includes('10');
const samples: Record<string, number[]> = {};
/** The steps' samples on the 10 MB draft, when asked for. */
const tenMbSamples: Record<string, number[]> = {};
/** Each timed call's wall-clock window, to place the collections in. */
const windows: { step: string; from: number; to: number }[] = [];
const collections: PerformanceEntry[] = [];
const observer = new PerformanceObserver((list) => collections.push(...list.getEntries()));
observer.observe({ entryTypes: ['gc'] });

/** Floor samples run untimed first; the analysis warms up until it stops getting faster (see measure.ts). */
const WARMUP = 5;
const RUNS = 15;
let warm = false;

/** Where `time` records: the 1 MB samples, or the 10 MB ones. */
let into = samples;

function time<T>(step: string, fn: () => T): T {
  if (!warm) return fn();
  const from = performance.now();
  const t0 = cpuMs();
  const result = fn();
  (into[step] ??= []).push(cpuMs() - t0);
  if (into === samples) windows.push({ step, from, to: performance.now() });
  return result;
}

/** Ten floors per sample (one takes under a millisecond), divided below. */
function floorSample(): number {
  let n = 0;
  for (let k = 0; k < 10; k++) n += quoteFloor(text);
  return n;
}

/** The floor in a block of its own, as `npm run bench` times it: never during the collection of an analysis's garbage. */
function floorBlock(): void {
  for (let i = 0; i < WARMUP; i++) floorSample();
  warm = true;
  for (let i = 0; i < RUNS; i++) time('floor', floorSample);
}

/** One analysis of `text`, step by step, each step timed once warm. */
function steps(text: string): void {
  const prose = time('prose', () => extractProse(text, 'markdown'));
  const sentences = time('sentences', () => splitSentences(text, prose));
  // The records the mention pass leaves for claims and quotes, as analyze() passes them on.
  const cueMarks = new CueMarks();
  const quoteMarks = new QuoteMarks();
  const mentions = time('mentions', () => findMentions(text, prose, sentences, index, cueMarks, quoteMarks));
  const quotes = time('quotes', () => findQuotes(text, prose, quoteMarks));
  const ctx: AnalysisContext = { text, kind: 'markdown', index, prose, sentences, mentions, quotes, cueMarks };
  time('attribution', () => attributeQuotes(ctx));
  const claims = time('claims', () => findClaims(ctx));
  time('rules', () => runRules(ctx, claims, {}));
}

floorBlock();
warm = false;
warmUp(() => steps(text));
warm = true;
for (let i = 0; i < RUNS; i++) steps(text);

function report(): void {
  observer.disconnect();
  const gcMs: Record<string, number> = {};
  for (const entry of collections) {
    const w = windows.find((x) => x.from <= entry.startTime && entry.startTime < x.to);
    if (w) gcMs[w.step] = (gcMs[w.step] ?? 0) + entry.duration;
  }
  const floor = median(samples.floor) / 10;
  let total = 0;
  let totalGc = 0;
  for (const [step, values] of Object.entries(samples)) {
    const m = step === 'floor' ? floor : median(values);
    const gc = (gcMs[step] ?? 0) / values.length;
    if (step !== 'floor') {
      total += m;
      totalGc += gc;
    }
    const ten = tenMbSamples[step] ? `   10 MB ${median(tenMbSamples[step]).toFixed(1).padStart(6)} ms, ${(median(tenMbSamples[step]) / m).toFixed(1)}× the 1 MB step` : '';
    console.log(`${step.padEnd(12)} ${m.toFixed(1).padStart(7)} ms  ${(m / floor).toFixed(1).padStart(6)}× floor  (collections ${gc.toFixed(1)} ms)${ten}`);
  }
  let tenTotal = 0;
  for (const values of Object.values(tenMbSamples)) tenTotal += median(values);
  const ten = withTenMb ? `   10 MB ${tenTotal.toFixed(1).padStart(6)} ms, ${(tenTotal / total).toFixed(1)}× (a draft of 10× the characters)` : '';
  console.log(`${'analysis'.padEnd(12)} ${total.toFixed(1).padStart(7)} ms  ${(total / floor).toFixed(1).padStart(6)}× floor (budget 50×)  (collections ${totalGc.toFixed(1)} ms)${ten}`);
}

floorBlock();
if (withTenMb) {
  // A few 10 MB analyses untimed first: its heap grows to its size over the first ones.
  const tenMb = buildDraft(articles, 10 * 1024 * 1024, SEED);
  into = tenMbSamples;
  for (let i = 0; i < 7; i++) {
    warm = i >= 2;
    steps(tenMb);
  }
  into = samples;
}
// The collections are reported asynchronously, after the loop.
setTimeout(report, 50);
