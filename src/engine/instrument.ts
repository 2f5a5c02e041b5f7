// A counter of the work each analysis step does (loop iterations, characters or tokens visited), so
// tests can check that work grows linearly with the text without ever reading the clock.
//
// Each step calls `tally(step, n)` once, at the end of its exported function, with a local count its
// loops kept. When nobody is counting, `tally` costs one boolean check.

export const STEPS = ['prose', 'sentences', 'mentions', 'quotes', 'attribution', 'claims', 'rules'] as const;
export type Step = (typeof STEPS)[number];

let counting = false;
let counts = zeroes();

function zeroes(): Record<Step, number> {
  return { prose: 0, sentences: 0, mentions: 0, quotes: 0, attribution: 0, claims: 0, rules: 0 };
}

/** Starts counting from zero for every step. */
export function startCounting(): void {
  counts = zeroes();
  counting = true;
}

/** Stops counting and returns the work each step reported since `startCounting()` (0 for a step that reported none). */
export function stopCounting(): Record<Step, number> {
  counting = false;
  const result = counts;
  counts = zeroes();
  return result;
}

/** Adds `n` units of work to `step`, when counting is on. */
export function tally(step: Step, n: number): void {
  if (counting) counts[step] += n;
}
