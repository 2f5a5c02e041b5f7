// Timing for the benchmark: medians over repeated runs after warm-up, never a single sample.
import { performance } from 'node:perf_hooks';

export interface Timing {
  medianMs: number;
  runs: number;
}

export function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed; `sink` keeps results alive. */
export function measure(fn: () => unknown, runs: number, warmup = 2): Timing {
  let sink: unknown;
  for (let i = 0; i < warmup; i++) sink = fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    sink = fn();
    samples.push(performance.now() - t0);
  }
  void sink;
  return { medianMs: median(samples), runs };
}

/** Measures several functions interleaved, so a noisy moment on the machine hits all of them alike. */
export function measureTogether(fns: Record<string, () => unknown>, runs: number, warmup = 2): Record<string, Timing> {
  const names = Object.keys(fns);
  for (let i = 0; i < warmup; i++) for (const name of names) fns[name]();
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < runs; i++) {
    for (const name of names) {
      const t0 = performance.now();
      fns[name]();
      samples[name].push(performance.now() - t0);
    }
  }
  return Object.fromEntries(names.map((n) => [n, { medianMs: median(samples[n]), runs }]));
}
