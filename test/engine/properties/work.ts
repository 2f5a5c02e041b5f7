// Measures the work of an analysis without the clock: each step's own count (src/engine/instrument.ts)
// and, across the whole analysis, the characters the engine reads through String.prototype.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/engine/analyze';
import { startCounting, STEPS, stopCounting, type Step } from '../../../src/engine/instrument';
import type { Analysis, DocumentKind } from '../../../src/engine/types';
import { bundledIndex } from './bundled';

export interface Work {
  steps: Record<Step, number>;
  /** charCodeAt/codePointAt calls, plus the characters each indexOf/lastIndexOf/startsWith/includes went over. */
  reads: number;
  analysis: Analysis;
}

type Proto = typeof String.prototype;
const SEARCHES = ['indexOf', 'lastIndexOf', 'includes'] as const;

/** Runs `f` with String.prototype's character reads and searches counted. */
function countingReads<T>(f: () => T): { result: T; reads: number } {
  const proto = String.prototype as Proto & Record<string, unknown>;
  const originals = new Map<string, unknown>();
  let reads = 0;
  const save = (name: string) => originals.set(name, proto[name]);
  for (const name of ['charCodeAt', 'codePointAt', 'startsWith', ...SEARCHES]) save(name);
  const charCodeAt = String.prototype.charCodeAt;
  const codePointAt = String.prototype.codePointAt;
  const startsWith = String.prototype.startsWith;
  proto.charCodeAt = function (this: string, i: number) {
    reads++;
    return charCodeAt.call(this, i);
  };
  proto.codePointAt = function (this: string, i: number) {
    reads++;
    return codePointAt.call(this, i);
  };
  proto.startsWith = function (this: string, s: string, at?: number) {
    reads += String(s).length;
    return startsWith.call(this, s, at);
  };
  for (const name of SEARCHES) {
    const original = originals.get(name) as (this: string, s: string, at?: number) => number | boolean;
    (proto as Record<string, unknown>)[name] = function (this: string, s: string, at?: number) {
      const result = original.call(this, s, at);
      // A search reads from where it starts to where it stops; a miss reads the rest of the string.
      const from = at === undefined ? (name === 'lastIndexOf' ? this.length : 0) : Math.max(0, Math.min(this.length, at | 0));
      if (name === 'includes') reads += this.length - from;
      else if (name === 'indexOf') reads += (result as number) >= 0 ? (result as number) - from + 1 : this.length - from;
      else reads += (result as number) >= 0 ? from - (result as number) + 1 : from;
      return result;
    };
  }
  try {
    return { result: f(), reads };
  } finally {
    for (const [name, original] of originals) proto[name] = original;
  }
}

/** Analyses `text` with both measures on. */
export function measure(text: string, kind: DocumentKind): Work {
  startCounting();
  let steps: Record<Step, number>;
  let counted: { result: Analysis; reads: number };
  try {
    counted = countingReads(() => analyze(text, kind, bundledIndex));
  } finally {
    steps = stopCounting();
  }
  return { steps, reads: counted.reads, analysis: counted.result };
}

/** Growth allowed from a draft to one four times its size: linear, with a little slack. */
export const MAX_GROWTH = 4.4;
/** Work a step may do whatever the size (set-up, a last partial line), so tiny counts do not divide by zero. */
const CONSTANT = 64;

/**
 * Asserts each step's count, and the reads, grew at most MAX_GROWTH× (times how much the text really
 * grew over 4×, for drafts that cannot be cut to exactly 4×).
 */
export function assertLinear(what: string, small: { text: string; work: Work }, large: { text: string; work: Work }): void {
  const sizeFactor = large.text.length / small.text.length / 4;
  const limit = MAX_GROWTH * Math.max(1, sizeFactor);
  const over: string[] = [];
  for (const step of STEPS) {
    const [a, b] = [small.work.steps[step], large.work.steps[step]];
    if (b > limit * a + CONSTANT) over.push(`${step}: ${a} → ${b} (${(b / a).toFixed(2)}×)`);
  }
  const [a, b] = [small.work.reads, large.work.reads];
  if (b > limit * a + CONSTANT) over.push(`characters read: ${a} → ${b} (${(b / a).toFixed(2)}×)`);
  assert.deepEqual(over, [], `${what}: work grew faster than the text (${small.text.length} → ${large.text.length} characters)`);
}
