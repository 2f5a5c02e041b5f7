// `npm run bench:steps`: where the time of one analysis goes, step by step, on the 1 MB draft, next to
// the quote-regex floor measured in the same loop. For finding what to speed up; budgets live in run.ts.
import { performance } from 'node:perf_hooks';
import { attributeQuotes } from '../src/engine/attribution';
import { findClaims } from '../src/engine/claims';
import type { AnalysisContext } from '../src/engine/context';
import { findMentions } from '../src/engine/mentions';
import { extractProse } from '../src/engine/prose';
import { findQuotes } from '../src/engine/quotes';
import { runRules } from '../src/engine/rules/index';
import { splitSentences } from '../src/engine/sentences';
import { buildDraft, loadArticles } from './corpus';
import { median } from './measure';
import { loadBundledIndex, ONE_MB_SEED, sharedDir } from './setup';

const index = loadBundledIndex();
const text = buildDraft(loadArticles(sharedDir()), 1024 * 1024, ONE_MB_SEED);
const samples: Record<string, number[]> = {};

function time<T>(step: string, fn: () => T): T {
  const t0 = performance.now();
  const result = fn();
  (samples[step] ??= []).push(performance.now() - t0);
  return result;
}

for (let i = 0; i < 10; i++) {
  time('floor', () => {
    let n = 0;
    for (const m of text.matchAll(/[“"][^“”"]*[”"]/g)) n += m.length;
    return n;
  });
  const prose = time('prose', () => extractProse(text, 'markdown'));
  const sentences = time('sentences', () => splitSentences(text, prose));
  const mentions = time('mentions', () => findMentions(text, prose, sentences, index));
  const quotes = time('quotes', () => findQuotes(text, prose));
  const ctx: AnalysisContext = { text, kind: 'markdown', index, prose, sentences, mentions, quotes };
  time('attribution', () => attributeQuotes(ctx));
  const claims = time('claims', () => findClaims(ctx));
  time('rules', () => runRules(ctx, claims, {}));
}

const floor = median(samples.floor);
let total = 0;
for (const [step, values] of Object.entries(samples)) {
  const m = median(values);
  if (step !== 'floor') total += m;
  console.log(`${step.padEnd(12)} ${m.toFixed(1).padStart(7)} ms  ${(m / floor).toFixed(1).padStart(6)}× floor`);
}
console.log(`${'analysis'.padEnd(12)} ${total.toFixed(1).padStart(7)} ms  ${(total / floor).toFixed(1).padStart(6)}× floor (budget 50×)`);
