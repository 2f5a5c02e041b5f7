// `npm run bench:steps`: where the time of one analysis goes, step by step, on the 1 MB draft, next to
// the quote-regex floor measured in the same loop, in CPU time (see measure.ts). For finding what to speed
// up; budgets live in run.ts.
import { attributeQuotes } from '../src/engine/attribution';
import { findClaims } from '../src/engine/claims';
import type { AnalysisContext } from '../src/engine/context';
import { findMentions } from '../src/engine/mentions';
import { extractProse } from '../src/engine/prose';
import { findQuotes } from '../src/engine/quotes';
import { runRules } from '../src/engine/rules/index';
import { splitSentences } from '../src/engine/sentences';
import { buildDraft, loadArticles } from './corpus';
import { cpuMs, median } from './measure';
import { loadBundledIndex, ONE_MB_SEED, sharedDir } from './setup';

const index = loadBundledIndex();
const text = buildDraft(loadArticles(sharedDir()), 1024 * 1024, ONE_MB_SEED);
const samples: Record<string, number[]> = {};

function time<T>(step: string, fn: () => T): T {
  const t0 = cpuMs();
  const result = fn();
  (samples[step] ??= []).push(cpuMs() - t0);
  return result;
}

for (let i = 0; i < 10; i++) {
  // Ten floors per sample (one takes about a millisecond), divided below.
  time('floor', () => {
    let n = 0;
    for (let k = 0; k < 10; k++) for (const m of text.matchAll(/[“"][^“”"]*[”"]/g)) n += m.length;
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

const floor = median(samples.floor) / 10;
let total = 0;
for (const [step, values] of Object.entries(samples)) {
  const m = step === 'floor' ? floor : median(values);
  if (step !== 'floor') total += m;
  console.log(`${step.padEnd(12)} ${m.toFixed(1).padStart(7)} ms  ${(m / floor).toFixed(1).padStart(6)}× floor`);
}
console.log(`${'analysis'.padEnd(12)} ${total.toFixed(1).padStart(7)} ms  ${(total / floor).toFixed(1).padStart(6)}× floor (budget 50×)`);
