// Run in its own process by the benchmark: Copydesk's analysis of the 1 MB draft, then of the 10 MB
// one, and prints the two timings as JSON. Alone in the process, both are timed on a heap that holds
// nothing but the drafts: in the main bench they would follow the peers, whose hundreds of megabytes
// of garbage and loaded libraries tax the 10 MB analysis's collections far more than the 1 MB one's.
import { bundledEngine } from './engine';
import { buildDraft, loadArticles } from './corpus';
import { measureInTurn } from './measure';
import { loadBundledIndex, ONE_MB_SEED, sharedDir, STEADY, TEN_MB_SEED } from './setup';

const index = loadBundledIndex();
const { analyze } = bundledEngine();
const articles = loadArticles(sharedDir());
const oneMb = buildDraft(articles, 1024 * 1024, ONE_MB_SEED);
const tenMb = buildDraft(articles, 10 * 1024 * 1024, TEN_MB_SEED);
const timings = measureInTurn(
  {
    one: { fn: () => analyze(oneMb, 'markdown', index), runs: 11, warmup: STEADY },
    ten: { fn: () => analyze(tenMb, 'markdown', index), runs: 5, warmup: 1 },
  },
  5,
);
/** What each draft holds per megabyte: the ratio compares drafts of the same kind only if these agree. */
function perMb(text: string): { mentions: number; quotes: number; claims: number } {
  const a = analyze(text, 'markdown', index);
  const mb = text.length / (1024 * 1024);
  return { mentions: a.mentions.length / mb, quotes: a.quotes.length / mb, claims: a.claims.length / mb };
}
process.stdout.write(JSON.stringify({ ...timings, tenMbChars: tenMb.length, onePerMb: perMb(oneMb), tenPerMb: perMb(tenMb) }) + '\n');
