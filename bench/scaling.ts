// Run in its own process by the benchmark, once per seed: Copydesk's analysis of the 1 MB draft, then of
// the 10 MB one, printed as JSON. The 1 MB draft is the first megabyte of the 10 MB one (one seed builds
// both), so the ratio compares one text at two lengths rather than two texts. Alone in the process, both
// are timed on a heap that holds nothing but the drafts: in the main bench they would follow the peers,
// whose hundreds of megabytes of garbage and loaded libraries tax the 10 MB analysis's collections far
// more than the 1 MB one's.
import { watchCollections } from './collections';
import { bundledEngine } from './engine';
import { buildDraft, loadArticles } from './corpus';
import { quoteFloor } from './floor';
import { measure, measureAround, warmUp } from './measure';
import { ANALYSES_PER_SAMPLE, loadBundledIndex, sharedDir } from './setup';

const seed = Number(process.argv[2]);
if (!Number.isInteger(seed)) throw new Error('usage: scaling.ts <seed>');
const index = loadBundledIndex();
const { analyze } = bundledEngine();
const articles = loadArticles(sharedDir());
const oneMb = buildDraft(articles, 1024 * 1024, seed);
const tenMb = buildDraft(articles, 10 * 1024 * 1024, seed);
// The floor first, on a heap that holds no analysis's garbage: its own 10 MB / 1 MB is what one pass of
// a regular expression over the text costs at ten times the length on this machine, for reference.
const floorOne = measure(() => quoteFloor(oneMb), 15, 3, 10);
const floorTen = measure(() => quoteFloor(tenMb), 15, 1);
/**
 * Ten-megabyte analyses untimed before the timed ones. The engine is compiled by the 1 MB warm-up, but
 * the heap grows to a 10 MB analysis's size over the first few: timed after one, the first sample read
 * 430–450 ms where the rest read 330–390; after two, 375; after three, in line with the rest.
 */
const TEN_MB_WARMUP = 3;
const analyzeOne = () => analyze(oneMb, 'markdown', index);
warmUp(analyzeOne);
// The 1 MB analysis in a block before the 10 MB one and a block after, pooled, as the floor is timed
// around Copydesk in the main bench: a drift in the machine's speed over the seconds the 10 MB block
// takes weighs on both sides alike. Ten 1 MB analyses a sample, as much text as one 10 MB analysis, so
// both sides carry their collections (see ANALYSES_PER_SAMPLE).
const collections = watchCollections();
const { subject: ten, peer: one } = measureAround({ fn: () => analyze(tenMb, 'markdown', index), runs: 7, warmup: TEN_MB_WARMUP }, { fn: analyzeOne, runs: 5, warmup: 2, repeat: ANALYSES_PER_SAMPLE });
// For reference, the first megabyte ten times over, timed the same way: ten megabytes about as dense
// in mentions as the first (a tenth denser, people introduced in one copy being known in the next; the
// 10 MB draft is denser still, see mentionsPerMb), so its ratio is mostly the engine's own scaling
// with the length of the text. `join` makes one flat string, as an editor's text is.
const sameTen = Array<string>(10).fill(oneMb).join('\n\n');
const { subject: same, peer: sameOne } = measureAround({ fn: () => analyze(sameTen, 'markdown', index), runs: 5, warmup: TEN_MB_WARMUP }, { fn: analyzeOne, runs: 3, warmup: 1, repeat: ANALYSES_PER_SAMPLE });

/**
 * Mentions per megabyte: a longer draft has introduced more people, whose later names are mentions too,
 * so the 10 MB draft holds more per megabyte than its first one (quotes and claims hold level).
 */
function mentionsPerMb(text: string): number {
  return analyze(text, 'markdown', index).mentions.length / (text.length / (1024 * 1024));
}
void collections.stop().then(() => {
  const [oneCollections, tenCollections] = [collections.shareOf(one), collections.shareOf(ten)];
  const summary = {
    seed, one, ten, oneCollections, tenCollections, floorOne, floorTen, tenMbChars: tenMb.length, oneMentionsPerMb: mentionsPerMb(oneMb), tenMentionsPerMb: mentionsPerMb(tenMb),
    sameTenRatio: same.medianMs / sameOne.medianMs, sameTenMentionsPerMb: mentionsPerMb(sameTen),
  };
  // The samples stay here: the benchmark reads the medians.
  process.stdout.write(JSON.stringify(summary, (key, value: unknown) => (key === 'samples' ? undefined : value)) + '\n');
});
