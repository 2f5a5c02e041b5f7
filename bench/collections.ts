// V8's garbage collections during timed samples: how much of an analysis's time they take on the main
// thread, and how much CPU its helper threads add. Where a long draft's extra time per megabyte goes.
import { PerformanceObserver } from 'node:perf_hooks';
import { setTimeout as tick } from 'node:timers/promises';
import { median, type Sample, type Timing } from './measure';

/** What the collections took per call, as medians over a timing's samples. */
export interface CollectionShare {
  /** Main-thread collection pauses per call. */
  pauseMs: number;
  /** Wall-clock time per call less those pauses: the analysis's own work. */
  wallLessPausesMs: number;
  /**
   * CPU time per call beyond its wall-clock time: V8's helper threads, after warm-up nearly all the
   * collector's (marking, sweeping, scavenging); a compilation still running on one counts too.
   */
  helperMs: number;
}

export interface CollectionLog {
  /** Stops watching; resolves once V8 has reported every collection so far (reports arrive a tick late). */
  stop(): Promise<void>;
  shareOf(timing: Timing): CollectionShare;
}

/** Starts recording every collection's main-thread pause with its place on the wall clock. */
export function watchCollections(): CollectionLog {
  const pauses: { start: number; duration: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) pauses.push({ start: entry.startTime, duration: entry.duration });
  });
  observer.observe({ entryTypes: ['gc'] });
  const pausePerCall = (s: Sample) => pauses.reduce((sum, p) => (s.from <= p.start && p.start < s.to ? sum + p.duration : sum), 0) / s.calls;
  return {
    async stop() {
      await tick(50);
      observer.disconnect();
    },
    shareOf(timing) {
      const perCall = timing.samples.map(pausePerCall);
      return {
        pauseMs: median(perCall),
        wallLessPausesMs: median(timing.samples.map((s, i) => s.wall - perCall[i]!)),
        helperMs: median(timing.samples.map((s) => s.cpu - s.wall)),
      };
    },
  };
}
