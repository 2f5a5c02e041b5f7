// How long an edited draft waits before it is analysed again, and which drafts are too long to analyse
// whole while the writer works. A draft that takes long to analyse (megabytes of copy) waits longer,
// so that while the writer types the extension host stays free for every other extension, and the
// analysis runs once they pause: at least twice the time its last analysis took, within a ceiling
// that still brings fresh results soon after the writer stops.

/** The pause is at least this many times the last analysis of the same draft. */
const PAUSE_PER_ANALYSIS = 2;
/** The longest pause, however slow the draft. */
export const MAX_PAUSE_MS = 2000;

/** The pause before analysing a draft whose last analysis took `lastAnalysisMs` (unknown: undefined). */
export function pauseBeforeAnalysis(debounceMs: number, lastAnalysisMs: number | undefined): number {
  if (lastAnalysisMs === undefined || !(lastAnalysisMs > 0)) return debounceMs;
  return Math.max(debounceMs, Math.min(MAX_PAUSE_MS, Math.ceil(PAUSE_PER_ANALYSIS * lastAnalysisMs)));
}

/**
 * Drafts at least this long (about 100 pages of copy) are not analysed whole while the writer works:
 * after an edit, on opening and saving and on a refresh they are analysed a step at a time, and a
 * keystroke's completion reads their prose alone (a command, which needs the result at once, still
 * analyses one in one go). The whole analysis of a 10 MB draft holds a thread for about 0.4 s, its
 * longest step for about a third of that; shorter drafts take a few milliseconds.
 */
export const STEPWISE_CHARS = 256 * 1024;
