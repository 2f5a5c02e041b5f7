// Timing for the benchmark: medians over repeated runs after warm-up, never a single sample.
//
// The budgets are judged on CPU time (`process.cpuUsage`, user + system), with wall-clock time printed
// beside it. On a shared, loaded machine the scheduler preempts a long run many times and a 1 ms one
// hardly ever, so wall-clock ratios against a short floor swing with other people's load; the CPU time
// a run consumes does not. On an idle machine the two agree.
import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Median CPU time of one call. */
  medianMs: number;
  /** Median wall-clock time of one call, for reference. */
  wallMedianMs: number;
  runs: number;
  /** Each timed sample: where it lay on the wall clock and what it took, to place what happened during it. */
  samples: Sample[];
}

/** One timed sample: its wall-clock window (`performance.now`), and CPU and wall time per call. */
export interface Sample {
  from: number;
  to: number;
  calls: number;
  cpu: number;
  wall: number;
}

export function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** CPU time this process has used, in milliseconds. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** One timed sample of `repeat` calls of `fn`: CPU and wall time per call. */
function sample(fn: () => unknown, repeat: number): { sample: Sample; sink: unknown } {
  let sink: unknown;
  const from = performance.now();
  const c0 = cpuMs();
  for (let i = 0; i < repeat; i++) sink = fn();
  const cpu = (cpuMs() - c0) / repeat;
  const to = performance.now();
  return { sample: { from, to, calls: repeat, cpu, wall: (to - from) / repeat }, sink };
}

/** The medians of a list of samples. */
function timing(samples: Sample[]): Timing {
  return { medianMs: median(samples.map((s) => s.cpu)), wallMedianMs: median(samples.map((s) => s.wall)), runs: samples.length, samples };
}

/**
 * Calls `fn` untimed until it stops getting faster, in blocks of five: V8 compiles the engine's long
 * loops in tiers, on a background thread whose CPU time counts, and the 1 MB analysis takes twenty to
 * thirty calls to settle (medians of blocks of ten calls: 76, 38, 30, 30 ms). A fixed count of ten
 * timed it half-compiled. Stops after the first block (from the fourth on) whose median is no more than
 * 3% under the best before it; at most twenty blocks.
 */
export function warmUp(fn: () => unknown): void {
  const BLOCK = 5;
  let sink: unknown;
  let best = Infinity;
  for (let block = 0; block < 20; block++) {
    const times: number[] = [];
    for (let i = 0; i < BLOCK; i++) {
      const t0 = cpuMs();
      sink = fn();
      times.push(cpuMs() - t0);
    }
    const now = median(times);
    if (block >= 3 && now > best * 0.97) break;
    best = Math.min(best, now);
  }
  void sink;
}

/**
 * Runs `fn` `warmup` times untimed, then `runs` timed samples; each sample calls it `repeat` times
 * (for calls too short to time one by one). `sink` keeps results alive.
 */
export function measure(fn: () => unknown, runs: number, warmup = 2, repeat = 1): Timing {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    const s = sample(fn, repeat);
    sink = s.sink;
    samples.push(s.sample);
  }
  void sink;
  return timing(samples);
}

/** A function to time, and how many calls make one sample (more for the very short ones). */
export type Timed = (() => unknown) | { fn: () => unknown; repeat: number };

/** Measures several functions interleaved, so a noisy moment on the machine hits all of them alike. */
export function measureTogether(fns: Record<string, Timed>, runs: number, warmup = 2): Record<string, Timing> {
  const names = Object.keys(fns);
  const plain = (t: Timed) => (typeof t === 'function' ? { fn: t, repeat: 1 } : t);
  for (let i = 0; i < warmup; i++) for (const name of names) plain(fns[name]).fn();
  const samples: Record<string, Sample[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < runs; i++) {
    for (const name of names) {
      const { fn, repeat } = plain(fns[name]);
      samples[name].push(sample(fn, repeat).sample);
    }
  }
  return Object.fromEntries(names.map((n) => [n, timing(samples[n])]));
}

/**
 * Measures `subject` in a block of its own between two blocks of `peer`, whose samples are pooled: the
 * peer's time is its own, never the collection of the subject's garbage (CPU time counts V8's
 * background threads, which may still be at it when a short peer sample starts), and pooling a block
 * from each side of the subject's evens out a drift in the machine's speed over the run.
 */
export function measureAround(
  subject: { fn: () => unknown; runs: number; warmup: number; repeat?: number },
  peer: { fn: () => unknown; runs: number; warmup: number; repeat: number },
): { subject: Timing; peer: Timing } {
  const peerSamples: Sample[] = [];
  const peerBlock = () => {
    for (let i = 0; i < peer.warmup; i++) peer.fn();
    for (let i = 0; i < peer.runs; i++) peerSamples.push(sample(peer.fn, peer.repeat).sample);
  };
  peerBlock();
  const subjectTiming = measure(subject.fn, subject.runs, subject.warmup, subject.repeat);
  peerBlock();
  return { subject: subjectTiming, peer: timing(peerSamples) };
}

/**
 * Measures several functions one after another, each warmed up and then timed `runs` times in a row
 * (an entry may set its own). For peers that leave hundreds of megabytes of garbage (markdownlint,
 * compromise): interleaved, their garbage would be collected during, and charged to, the next Copydesk
 * sample. Copydesk's own warm-up runs absorb what the previous block left.
 */
export function measureInTurn(
  fns: Record<string, (() => unknown) | { fn: () => unknown; runs: number; warmup: number; repeat?: number }>,
  runs: number,
  warmup = 2,
): Record<string, Timing> {
  return Object.fromEntries(
    Object.entries(fns).map(([name, entry]) => {
      const { fn, runs: n, warmup: w, repeat } = typeof entry === 'function' ? { fn: entry, runs, warmup, repeat: 1 } : entry;
      return [name, measure(fn, n, w, repeat)];
    }),
  );
}
