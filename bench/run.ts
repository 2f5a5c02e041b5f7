// `npm run bench`: every figure of SPEC §6, as ratios against peers measured in the same run on the
// same text (this machine is shared and noisy), with absolute times for reference.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import nlp from 'compromise';
import { build } from 'esbuild';
import { analyze } from '../src/engine/analyze';
import { buildDraft, loadArticles } from './corpus';
import { measure, measureTogether } from './measure';
import { loadBundledIndex, ONE_MB_SEED, repoRoot, sharedDir, TEN_MB_SEED } from './setup';

interface Row {
  what: string;
  figure: string;
  budget: string;
  ok: boolean | null;
}

const rows: Row[] = [];
const ms = (x: number) => `${x < 10 ? x.toFixed(3) : x.toFixed(1)} ms`;
const ratio = (x: number) => `${x.toFixed(4)}×`;

function report(what: string, figure: string, budget: string, ok: boolean | null): void {
  rows.push({ what, figure, budget, ok });
  const mark = ok === null ? '    ' : ok ? ' ok ' : 'OVER';
  console.log(`${mark}  ${what.padEnd(44)} ${figure.padEnd(34)} ${budget}`);
}

function quoteFloor(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/[“"][^“”"]*[”"]/g)) {
    void m;
    n++;
  }
  return n;
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

function heapOf10Mb(): { peakCommittedMb: number; retainedByAnalysisMb: number } {
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(__dirname, 'heap.ts')], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}');
}

async function main(): Promise<void> {
  // markdownlint ships only as an ES module.
  const { lint } = await import('markdownlint/sync');
  const index = loadBundledIndex();
  const articles = loadArticles(sharedDir());
  const reportText = readFileSync(join(sharedDir(), 'seed', 'report.txt'), 'utf8');
  const oneMb = buildDraft(articles, 1024 * 1024, ONE_MB_SEED);
  const tenMb = buildDraft(articles, 10 * 1024 * 1024, TEN_MB_SEED);
  const copydesk = (text: string) => () => analyze(text, 'markdown', index);

  console.log(`Copydesk benchmark — ${cpus()[0]?.model ?? 'unknown CPU'} ×${cpus().length}, Node ${process.version}`);
  console.log(`drafts: 1 MB = ${oneMb.length} chars, 10 MB = ${tenMb.length} chars (real copy, varied per copy)\n`);

  const reportTime = measure(() => analyze(reportText, 'plaintext', index), 200, 20);
  report('the report (plain text), median', ms(reportTime.medianMs), '< 1 ms', reportTime.medianMs < 1);

  const floor = measureTogether({ copydesk: copydesk(oneMb), floor: () => quoteFloor(oneMb) }, 15, 3);
  const floorRatio = floor.copydesk.medianMs / floor.floor.medianMs;
  report('1 MB: Copydesk / quote-regex floor', `${floorRatio.toFixed(1)}× (${ms(floor.copydesk.medianMs)} / ${ms(floor.floor.medianMs)})`, '≤ 50×', floorRatio <= 50);

  const mdl = measureTogether({ copydesk: copydesk(oneMb), markdownlint: () => lint({ strings: { draft: oneMb } }) }, 5, 1);
  const mdlRatio = mdl.copydesk.medianMs / mdl.markdownlint.medianMs;
  report('1 MB: Copydesk / markdownlint', `${ratio(mdlRatio)} (${ms(mdl.copydesk.medianMs)} / ${ms(mdl.markdownlint.medianMs)})`, '≤ 0.05×', mdlRatio <= 0.05);

  const people = () => {
    const doc = nlp(oneMb);
    return [doc.people().out('array'), doc.quotations().out('array')];
  };
  const cmp = measureTogether({ copydesk: copydesk(oneMb), compromise: people }, 3, 1);
  const cmpRatio = cmp.copydesk.medianMs / cmp.compromise.medianMs;
  report('1 MB: Copydesk / compromise', `${ratio(cmpRatio)} (${ms(cmp.copydesk.medianMs)} / ${ms(cmp.compromise.medianMs)})`, '≤ 0.01×', cmpRatio <= 0.01);

  const scale = measureTogether({ one: copydesk(oneMb), ten: copydesk(tenMb) }, 5, 1);
  const scaleRatio = scale.ten.medianMs / scale.one.medianMs;
  report('10 MB / 1 MB', `${scaleRatio.toFixed(2)}× (${ms(scale.ten.medianMs)} / ${ms(scale.one.medianMs)})`, '≤ 11×', scaleRatio <= 11);

  const heap = heapOf10Mb();
  report('10 MB: peak committed heap', `${heap.peakCommittedMb.toFixed(0)} MB (analysis keeps ${heap.retainedByAnalysisMb.toFixed(0)} MB)`, '< 200 MB', heap.peakCommittedMb < 200);

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
