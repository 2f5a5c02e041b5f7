// `npm run bench`: every figure of SPEC §6, as ratios against peers measured in the same run on the
// same text (this machine is shared and noisy), with absolute times for reference.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { bundledEngine } from './engine';
import { LineIndex } from '../src/engine/text/lines';
import { buildDraft, loadArticles } from './corpus';
import { quoteFloor } from './floor';
import { measure, measureAround, measureInTurn, measureTogether, type Timing } from './measure';
import { codeLenses, completionsAt, hoverAt, probePositions, type CachedDraft } from './providers';
import { loadBundledIndex, ONE_MB_SEED, repoRoot, sharedDir, STEADY } from './setup';

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
const both = (t: Timing) => `${ms(t.medianMs)}, wall ${ms(t.wallMedianMs)}`;

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
function inItsOwnProcess<T>(script: string, nodeOptions: string[] = []): T {
  const out = execFileSync(process.execPath, [...nodeOptions, '--import', 'tsx', join(__dirname, script)], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as T;
}

function heapOf10Mb(): { peakCommittedMb: number; grownByAnalysisMb: number; keptByAnalysisMb: number } {
  return inItsOwnProcess('heap.ts', ['--expose-gc']);
}

interface PerMb {
  mentions: number;
  quotes: number;
  claims: number;
}

function scalingInItsOwnProcess(): { one: Timing; ten: Timing; tenMbChars: number; onePerMb: PerMb; tenPerMb: PerMb } {
  return inItsOwnProcess('scaling.ts');
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
  const oneMb = buildDraft(articles, 1024 * 1024, ONE_MB_SEED);
  const copydesk = (text: string) => () => analyze(text, 'markdown', index);

  console.log(`Copydesk benchmark — ${cpus()[0]?.model ?? 'unknown CPU'} ×${cpus().length}, Node ${process.version}`);
  console.log(`drafts: 1 MB = ${oneMb.length} chars (real copy, varied per copy; the 10 MB one is built where it is timed)`);
  console.log('engine: the production bundle (esbuild.js); times: medians of CPU time (user + system) per call, ratios of CPU times measured in the same run\n');

  const reportTime = measure(() => analyze(reportText, 'plaintext', index), 200, 20, 5);
  report('the report (plain text), median', both(reportTime), '< 1 ms', reportTime.medianMs < 1);

  // The floor takes well under a millisecond: ten calls make one sample, so the clock's grain does not
  // matter. Copydesk is timed in the steady state an editor sees (STEADY analyses untimed first).
  const floor = measureAround({ fn: copydesk(oneMb), runs: 15, warmup: STEADY }, { fn: () => quoteFloor(oneMb), runs: 15, warmup: 3, repeat: 10 });
  const floorRatio = floor.subject.medianMs / floor.peer.medianMs;
  report('1 MB: Copydesk / quote-regex floor', `${floorRatio.toFixed(1)}× (${ms(floor.subject.medianMs)} / ${ms(floor.peer.medianMs)})`, '≤ 50×', floorRatio <= 50);
  const wallRatio = floor.subject.wallMedianMs / floor.peer.wallMedianMs;
  report('  same, wall clock (for reference)', `${wallRatio.toFixed(1)}× (${ms(floor.subject.wallMedianMs)} / ${ms(floor.peer.wallMedianMs)})`, '', null);

  // The peers are loaded only now, so the figures above are timed on a heap that holds none of their
  // code and data (about 16 MB once loaded, which every collection Copydesk triggers would mark too).
  // markdownlint ships only as an ES module.
  const { lint } = await import('markdownlint/sync');
  const { default: nlp } = await import('compromise');
  const mdl = measureInTurn({ copydesk: { fn: copydesk(oneMb), runs: 9, warmup: 3 }, markdownlint: () => lint({ strings: { draft: oneMb } }) }, 7, 2);
  const mdlRatio = mdl.copydesk.medianMs / mdl.markdownlint.medianMs;
  report('1 MB: Copydesk / markdownlint', `${ratio(mdlRatio)} (${ms(mdl.copydesk.medianMs)} / ${ms(mdl.markdownlint.medianMs)})`, '≤ 0.05×', mdlRatio <= 0.05);

  const people = () => {
    const doc = nlp(oneMb);
    return [doc.people().out('array'), doc.quotations().out('array')];
  };
  const cmp = measureInTurn({ copydesk: { fn: copydesk(oneMb), runs: 9, warmup: 3 }, compromise: people }, 3, 1);
  const cmpRatio = cmp.copydesk.medianMs / cmp.compromise.medianMs;
  report('1 MB: Copydesk / compromise', `${ratio(cmpRatio)} (${ms(cmp.copydesk.medianMs)} / ${ms(cmp.compromise.medianMs)})`, '≤ 0.01×', cmpRatio <= 0.01);

  const scale = scalingInItsOwnProcess();
  const scaleRatio = scale.ten.medianMs / scale.one.medianMs;
  report(`10 MB (${scale.tenMbChars} chars) / 1 MB`, `${scaleRatio.toFixed(2)}× (${ms(scale.ten.medianMs)} / ${ms(scale.one.medianMs)})`, '≤ 11×', scaleRatio <= 11);
  const density = (d: PerMb) => `${d.mentions.toFixed(0)} mentions, ${d.quotes.toFixed(0)} quotes, ${d.claims.toFixed(0)} claims`;
  report('  per MB: the 1 MB draft / the 10 MB draft', `${density(scale.onePerMb)} / ${density(scale.tenPerMb)}`, '', null);

  const draft: CachedDraft = { text: oneMb, analysis: analyze(oneMb, 'markdown', index), index, lines: new LineIndex(oneMb) };
  const probes = probePositions(draft, 50);
  const each = <T>(positions: T[], call: (p: T) => unknown) => ({ fn: () => positions.map(call), repeat: 1 });
  const providers = measureTogether(
    {
      hover: each(probes.hover, (p) => hoverAt(draft, p)),
      lens: { fn: () => codeLenses(draft), repeat: 1 },
      completion: each(probes.completion, (p) => completionsAt(draft, p)),
    },
    21,
    3,
  );
  const perCall = (t: Timing, calls: number): Timing => ({ ...t, medianMs: t.medianMs / calls, wallMedianMs: t.wallMedianMs / calls });
  const hover = perCall(providers.hover, probes.hover.length);
  const lens = providers.lens;
  const completion = perCall(providers.completion, probes.completion.length);
  report('1 MB cached: hover (per call)', both(hover), '< 1 ms', hover.medianMs < 1);
  report(`1 MB cached: code lenses (${draft.analysis.quotes.length} quotes)`, both(lens), '< 1 ms', lens.medianMs < 1);
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
  report('bundle dist/extension.js, minified', `${(bytes / 1024).toFixed(1)} KB`, '< 300 KB', bytes < 300 * 1024);

  const over = rows.filter((r) => r.ok === false);
  console.log(over.length ? `\n${over.length} budget(s) over.` : '\nEvery budget met.');
  process.exitCode = over.length ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 2;
});
