// `npm run bench`: every figure of SPEC §6, as ratios against peers measured in the same run on the
// same text (this machine is shared and noisy), with absolute times for reference.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { CollectionShare } from './collections';
import { bundledEngine } from './engine';
import { buildDraft, loadArticles } from './corpus';
import { quoteFloor } from './floor';
import { measure, measureAround, measureInTurn, measureTogether, median, warmUp, type Timing } from './measure';
import { LENSES_ON_SCREEN, type CachedDraft } from './providers';
import { ANALYSES_PER_SAMPLE, loadBundledIndex, repoRoot, SEED, SEEDS, sharedDir } from './setup';

interface Row {
  what: string;
  figure: string;
  budget: string;
  ok: boolean | null;
}

const rows: Row[] = [];
const ms = (x: number) => `${x < 10 ? x.toFixed(3) : x.toFixed(1)} ms`;
const ratio = (x: number) => `${x.toFixed(4)}×`;
/** CPU time, with the wall-clock time beside it for reference. */
const both = (t: Medians) => `${ms(t.medianMs)}, wall ${ms(t.wallMedianMs)}`;

function report(what: string, figure: string, budget: string, ok: boolean | null): void {
  rows.push({ what, figure, budget, ok });
  const mark = ok === null ? '    ' : ok ? ' ok ' : 'OVER';
  console.log(`${mark}  ${what.padEnd(44)} ${figure.padEnd(34)} ${budget}`);
}

async function bundleSize(): Promise<number> {
  const outdir = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { builds } = require(join(repoRoot, 'esbuild.js')) as { builds: (o: object) => object[] };
    const [extension] = builds({ production: true, outdir });
    await build({ ...extension, absWorkingDir: repoRoot, logLevel: 'error' });
    return statSync(join(outdir, 'extension.js')).size;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** Runs a bench script in a process of its own and returns the JSON its last line prints. */
function inItsOwnProcess<T>(script: string, nodeOptions: string[] = [], args: string[] = []): T {
  const out = execFileSync(process.execPath, [...nodeOptions, '--import', 'tsx', join(__dirname, script), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as T;
}

function heapOf10Mb(): { peakCommittedMb: number; grownByAnalysisMb: number; keptByAnalysisMb: number } {
  return inItsOwnProcess('heap.ts', ['--expose-gc']);
}

/** A timing as the scaling process prints it: the medians, without the samples. */
type Medians = Omit<Timing, 'samples'>;

interface Scaling {
  seed: number;
  one: Medians;
  ten: Medians;
  oneCollections: CollectionShare;
  tenCollections: CollectionShare;
  floorOne: Medians;
  floorTen: Medians;
  tenMbChars: number;
  oneMentionsPerMb: number;
  tenMentionsPerMb: number;
  /** The first MB ten times over against the first MB: the same density at ten times the length. */
  sameTenRatio: number;
  sameTenMentionsPerMb: number;
}

function scalingInItsOwnProcess(seed: number): Scaling {
  return inItsOwnProcess('scaling.ts', [], [String(seed)]);
}

/** The median of `values` over the seeds and their range, as "47.1× (5 seeds: 45.0–48.9×)". */
function overSeeds(values: number[], digits: number): string {
  const low = Math.min(...values).toFixed(digits);
  const high = Math.max(...values).toFixed(digits);
  return `${median(values).toFixed(digits)}× (${values.length} seeds: ${low}–${high}×)`;
}

/** Written by the extension-host test test/vscode/activation-time.test.ts. */
const ACTIVATION_FILE = 'test-results/activation.json';

function activationTime(): { activateMs: number; vscode: string; measuredAt: string } | null {
  const path = join(repoRoot, ACTIVATION_FILE);
  if (!existsSync(path)) return null;
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as { activateMs?: unknown; vscode?: unknown; measuredAt?: unknown };
    if (typeof data.activateMs !== 'number') return null;
    return { activateMs: data.activateMs, vscode: String(data.vscode ?? '?'), measuredAt: String(data.measuredAt ?? '?') };
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const index = loadBundledIndex();
  const { analyze } = bundledEngine();
  const articles = loadArticles(sharedDir());
  const reportText = readFileSync(join(sharedDir(), 'seed', 'report.txt'), 'utf8');
  const oneMb = buildDraft(articles, 1024 * 1024, SEED);
  const copydesk = (text: string) => () => analyze(text, 'markdown', index);

  console.log(`Copydesk benchmark — ${cpus()[0]?.model ?? 'unknown CPU'} ×${cpus().length}, Node ${process.version}`);
  console.log(`drafts: 1 MB = ${oneMb.length} chars (real copy, varied per copy; the 10 MB ones are built where they are timed)`);
  console.log('engine: the production bundle (esbuild.js); times: medians of CPU time (user + system) per call, ten 1 MB analyses a sample; ratios of CPU times measured in the same run');
  console.log(`Copydesk's own budgets: the median over the drafts of seeds ${SEEDS.join(', ')}; peers, providers and heap: the seed ${SEED} draft\n`);

  const reportTime = measure(() => analyze(reportText, 'plaintext', index), 200, 20, 5);
  report('the report (plain text), median', both(reportTime), '< 1 ms', reportTime.medianMs < 1);

  // The floor takes well under a millisecond: ten calls make one sample, so the clock's grain does not
  // matter. Copydesk is timed in the steady state an editor sees (warmed up until it stops getting
  // faster), ten analyses a sample so that each carries its share of collections (ANALYSES_PER_SAMPLE).
  const floors = SEEDS.map((seed) => {
    const draft = seed === SEED ? oneMb : buildDraft(articles, 1024 * 1024, seed);
    warmUp(copydesk(draft));
    return measureAround({ fn: copydesk(draft), runs: 9, warmup: 0, repeat: ANALYSES_PER_SAMPLE }, { fn: () => quoteFloor(draft), runs: 15, warmup: 3, repeat: 10 });
  });
  const floorRatios = floors.map((f) => f.subject.medianMs / f.peer.medianMs);
  const floorRatio = median(floorRatios);
  const floorTimes = `${ms(median(floors.map((f) => f.subject.medianMs)))} / ${ms(median(floors.map((f) => f.peer.medianMs)))}`;
  report('1 MB: Copydesk / quote-regex floor', `${overSeeds(floorRatios, 1)}, ${floorTimes}`, '≤ 50×', floorRatio <= 50);
  const wallRatios = floors.map((f) => f.subject.wallMedianMs / f.peer.wallMedianMs);
  report('  same, wall clock (for reference)', overSeeds(wallRatios, 1), '', null);

  // The peers are loaded only now, so the figures above are timed on a heap that holds none of their
  // code and data (about 16 MB once loaded, which every collection Copydesk triggers would mark too).
  // markdownlint ships only as an ES module.
  const { lint } = await import('markdownlint/sync');
  const { default: nlp } = await import('compromise');
  const mdl = measureInTurn({ copydesk: { fn: copydesk(oneMb), runs: 9, warmup: 3, repeat: ANALYSES_PER_SAMPLE }, markdownlint: () => lint({ strings: { draft: oneMb } }) }, 7, 2);
  const mdlRatio = mdl.copydesk.medianMs / mdl.markdownlint.medianMs;
  report('1 MB: Copydesk / markdownlint', `${ratio(mdlRatio)} (${ms(mdl.copydesk.medianMs)} / ${ms(mdl.markdownlint.medianMs)})`, '≤ 0.05×', mdlRatio <= 0.05);

  const people = () => {
    const doc = nlp(oneMb);
    return [doc.people().out('array'), doc.quotations().out('array')];
  };
  const cmp = measureInTurn({ copydesk: { fn: copydesk(oneMb), runs: 9, warmup: 3, repeat: ANALYSES_PER_SAMPLE }, compromise: people }, 3, 1);
  const cmpRatio = cmp.copydesk.medianMs / cmp.compromise.medianMs;
  report('1 MB: Copydesk / compromise', `${ratio(cmpRatio)} (${ms(cmp.copydesk.medianMs)} / ${ms(cmp.compromise.medianMs)})`, '≤ 0.01×', cmpRatio <= 0.01);

  const scales = SEEDS.map(scalingInItsOwnProcess);
  const scaleRatios = scales.map((s) => s.ten.medianMs / s.one.medianMs);
  const scaleRatio = median(scaleRatios);
  const scaleTimes = `${ms(median(scales.map((s) => s.ten.medianMs)))} / ${ms(median(scales.map((s) => s.one.medianMs)))}`;
  report(`10 MB (${scales[0]!.tenMbChars} chars) / its first 1 MB`, `${overSeeds(scaleRatios, 2)}, ${scaleTimes}`, '≤ 11×', scaleRatio <= 11);
  report('  same, wall clock (for reference)', overSeeds(scales.map((s) => s.ten.wallMedianMs / s.one.wallMedianMs), 2), '', null);
  const floorScale = scales.map((s) => s.floorTen.medianMs / s.floorOne.medianMs);
  const floorScaleTimes = `${ms(median(scales.map((s) => s.floorTen.medianMs)))} / ${ms(median(scales.map((s) => s.floorOne.medianMs)))}`;
  report('  the quote-regex floor, 10 MB / 1 MB', `${overSeeds(floorScale, 2)}, ${floorScaleTimes}`, 'for reference', null);
  // Where the 10 MB analysis's extra time per megabyte goes: V8's collections of what it keeps.
  const share = (pick: (s: Scaling) => CollectionShare, of: (c: CollectionShare) => number) => ms(median(scales.map((s) => of(pick(s)))));
  const pauses = `${share((s) => s.tenCollections, (c) => c.pauseMs)} / ${share((s) => s.oneCollections, (c) => c.pauseMs)}`;
  report('  collection pauses per analysis, 10 MB / 1 MB', pauses, 'for reference', null);
  const helpers = `${share((s) => s.tenCollections, (c) => c.helperMs)} / ${share((s) => s.oneCollections, (c) => c.helperMs)}`;
  report("  V8's helper threads (CPU beyond wall), same", helpers, 'for reference', null);
  const ownWork = scales.map((s) => s.tenCollections.wallLessPausesMs / s.oneCollections.wallLessPausesMs);
  report('  10 MB / 1 MB, wall clock less the pauses', overSeeds(ownWork, 2), 'for reference', null);
  // The 10 MB drafts hold more mentions per megabyte than their first (people introduced earlier are
  // named again later); ten copies of the first megabyte hold about as many as it does.
  report('  its first MB ten times over / its first MB', overSeeds(scales.map((s) => s.sameTenRatio), 2), 'for reference', null);
  for (const s of scales) {
    const perMb = `${s.oneMentionsPerMb.toFixed(0)} / ${s.tenMentionsPerMb.toFixed(0)} mentions per MB`;
    const same = `ten times its first: ${s.sameTenRatio.toFixed(2)}×, ${s.sameTenMentionsPerMb.toFixed(0)} per MB`;
    report(`  seed ${s.seed}: ${perMb}`, `${(s.ten.medianMs / s.one.medianMs).toFixed(2)}× (${ms(s.ten.medianMs)} / ${ms(s.one.medianMs)}); ${same}`, '', null);
  }

  // The providers' work as the extension ships it too: bundled with the engine (engine-entry.ts).
  const { codeLenses, completionsAt, hoverAt, probePositions, LineIndex } = bundledEngine();
  const draft: CachedDraft = { text: oneMb, analysis: analyze(oneMb, 'markdown', index), index, lines: new LineIndex(oneMb) };
  const probes = probePositions(draft, 50);
  const each = <T>(positions: T[], call: (p: T) => unknown) => ({ fn: () => positions.map(call), repeat: 1 });
  const providerCalls = {
    hover: each(probes.hover, (p) => hoverAt(draft, p)),
    lens: { fn: () => codeLenses(draft), repeat: 1 },
    completion: each(probes.completion, (p) => completionsAt(draft, p)),
  };
  // In steady state, as the analysis: after three calls the code lenses still took twice their settled
  // time in the first samples (0.5–0.6 ms, then 0.25), and their median wandered from 0.27 to 0.86 ms
  // from one run to the next.
  for (const { fn } of Object.values(providerCalls)) warmUp(fn);
  const providers = measureTogether(providerCalls, 21, 3);
  const perCall = (t: Timing, calls: number): Medians => ({ runs: t.runs, medianMs: t.medianMs / calls, wallMedianMs: t.wallMedianMs / calls });
  const hover = perCall(providers.hover, probes.hover.length);
  const lens = providers.lens;
  const completion = perCall(providers.completion, probes.completion.length);
  report('1 MB cached: hover (per call)', both(hover), '< 1 ms', hover.medianMs < 1);
  report(`1 MB cached: code lenses (${draft.analysis.quotes.length} quotes, ${LENSES_ON_SCREEN} shown)`, both(lens), '< 1 ms', lens.medianMs < 1);
  report('1 MB cached: completion (per call)', both(completion), '< 1 ms', completion.medianMs < 1);

  const activation = activationTime();
  if (activation === null) {
    report('activate() in VS Code', 'not measured', '< 50 ms', null);
    console.log(`      (run \`COPYDESK_TEST_GREP=activation-time npm run test:host\` to write ${ACTIVATION_FILE})`);
  } else {
    report('activate() in VS Code', `${ms(activation.activateMs)} (VS Code ${activation.vscode}, ${activation.measuredAt})`, '< 50 ms', activation.activateMs < 50);
  }

  const heap = heapOf10Mb();
  const heapFigure = `${heap.peakCommittedMb.toFixed(0)} MB (analysis: +${heap.grownByAnalysisMb.toFixed(0)} MB, keeps ${heap.keptByAnalysisMb.toFixed(0)} MB)`;
  report('10 MB: peak committed heap', heapFigure, '< 200 MB', heap.peakCommittedMb < 200);

  const bytes = await bundleSize();
  // KB as 1,024 bytes; the bytes too, for a reader who counts a kilobyte as 1,000.
  report('bundle dist/extension.js, minified', `${(bytes / 1024).toFixed(1)} KB (${bytes.toLocaleString('en-US')} bytes)`, '< 300 KB', bytes < 300 * 1024);

  const over = rows.filter((r) => r.ok === false);
  console.log(over.length ? `\n${over.length} budget(s) over.` : '\nEvery budget met.');
  process.exitCode = over.length ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
