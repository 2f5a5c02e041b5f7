// `npm run bench:compare -- <git ref or checkout> [rounds]`: this checkout's engine against another's,
// on the 1 MB draft. Each engine is timed in processes of its own, taken in turn (A B, B A, A B …):
// timed in one process, whichever engine is loaded second runs 5–20% faster whatever its code, which
// hides the few percent a change is worth. The medians of the processes' medians are compared; with
// ten rounds the ratio is good to a percent or two on a quiet machine.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleEngine } from './engine';
import { median } from './measure';
import { repoRoot } from './setup';

interface Sample {
  ms: number;
  floor: number;
}

const [other, roundsArg] = process.argv.slice(2);
if (!other) {
  console.error('usage: npm run bench:compare -- <git ref or path to another checkout> [rounds]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 10);
const work = mkdtempSync(join(tmpdir(), 'copydesk-compare-'));
let worktree: string | undefined;

/** The other checkout: a directory as given, or the git ref checked out beside this one's node_modules. */
function otherRoot(): string {
  const path = resolve(other!);
  if (existsSync(join(path, 'esbuild.js'))) return path;
  worktree = join(work, 'other');
  execFileSync('git', ['worktree', 'add', '--detach', worktree, other!], { cwd: repoRoot, stdio: 'ignore' });
  symlinkSync(join(repoRoot, 'node_modules'), join(worktree, 'node_modules'));
  return worktree;
}

function timeInItsOwnProcess(bundle: string): Sample {
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'compare-one.ts'), bundle], { cwd: repoRoot, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as Sample;
}

try {
  const bundles = { A: join(work, 'a.js'), B: join(work, 'b.js') };
  const names = { A: other, B: 'this checkout' };
  bundleEngine(otherRoot(), bundles.A);
  bundleEngine(repoRoot, bundles.B);
  const samples: Record<'A' | 'B', Sample[]> = { A: [], B: [] };
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) samples[side].push(timeInItsOwnProcess(bundles[side]));
  }
  const medianMs = (side: 'A' | 'B') => median(samples[side].map((s) => s.ms));
  for (const side of ['A', 'B'] as const) {
    const ratio = median(samples[side].map((s) => s.ms / s.floor));
    console.log(`${side} ${names[side]}: ${samples[side].map((s) => s.ms.toFixed(1)).join(' ')} ms; median ${medianMs(side).toFixed(2)} ms, ${ratio.toFixed(1)}× the floor`);
  }
  console.log(`B / A = ${(medianMs('B') / medianMs('A')).toFixed(3)} (below 1: this checkout is faster)`);
} finally {
  if (worktree) execFileSync('git', ['worktree', 'remove', '--force', worktree], { cwd: repoRoot, stdio: 'ignore' });
  rmSync(work, { recursive: true, force: true });
}
