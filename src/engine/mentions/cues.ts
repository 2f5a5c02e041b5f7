// The mention pass's record of the cue and hedge words claims looks for (claims/cue-marks.ts). The
// tokens mark a word whose hash is a cue word's, or that holds a character beyond ASCII (where a cue
// word, as claims reads words, may hide); each is confirmed on the text. Claims reads a sentence's
// characters, tokens only its prose segments: what lies between them (inline code, link destinations)
// is read here too, from the start of any word that runs on into it.
import type { CueMarks } from '../claims/cue-marks';
import { CUE_WORD_RUNS, isWordChar, nextCueWord } from '../claims/cue-words';
import type { Segments } from '../types';
import { hashWord, IntMap, IntSet } from './hash';
import type { Tokens } from './tokens';
import { WATCH_BEYOND_ASCII, WATCH_CUE } from './watch';
import { work } from './work';

export const CUE_HASHES = new IntSet();
for (const run of CUE_WORD_RUNS) CUE_HASHES.add(hashWord(run));

/**
 * The runs that are whole cue words ("said", not the "e" of "e-mailed"), by hash: read alone, between
 * characters that are no word characters, such a run is a cue word without running the automaton,
 * whose table reads miss the cache.
 */
const WHOLE_CUE_WORDS = new IntMap<string>();
for (const run of CUE_WORD_RUNS) if (nextCueWord(run + ' ', 0, 1) === 0) WHOLE_CUE_WORDS.set(hashWord(run), run);

/** Whether the ASCII word `k` is a whole cue word standing alone. */
function isWholeCueWord(tokens: Tokens, k: number): boolean {
  const text = tokens.source;
  const start = tokens.start(k);
  if ((start > 0 && isWordChar(text.charCodeAt(start - 1))) || isWordChar(text.charCodeAt(tokens.end(k)))) return false;
  const run = WHOLE_CUE_WORDS.get(tokens.hashes[k]!);
  return run !== undefined && tokens.textIs(k, run);
}

/** Records the cue words of one paragraph, whose `tokens` were filled from segments[first, last) with the watch. */
export function markCueWords(tokens: Tokens, segments: Segments, first: number, last: number, marks: CueMarks): void {
  const text = tokens.source;
  const { starts, ends } = segments;
  let h = 0;
  for (let s = first; s < last; s++) {
    const segmentStart = Math.max(starts[s]!, 0);
    const segmentEnd = Math.min(ends[s]!, text.length);
    for (; h < tokens.cueHitCount && tokens.start(tokens.cueHits[h]!) < segmentEnd; h++) {
      const k = tokens.cueHits[h]!;
      const bits = tokens.marks(k);
      if ((bits & WATCH_BEYOND_ASCII) !== 0) {
        markIn(text, tokens.start(k), tokens.end(k), marks);
      } else if ((bits & WATCH_CUE) !== 0) {
        // An ASCII word is one run of word characters to claims too: a cue word can start only where it does.
        const start = tokens.start(k);
        if (isWholeCueWord(tokens, k) || nextCueWord(text, start, start + 1) === start) marks.add(start);
      }
    }
    const next = s + 1 < last ? Math.min(starts[s + 1]!, text.length) : segmentEnd;
    let from = segmentEnd;
    // A word cut by the segment's end is one word to claims: read it whole.
    if (isWordChar(text.charCodeAt(from))) while (from > segmentStart && isWordChar(text.charCodeAt(from - 1))) from--;
    const to = Math.max(next, segmentEnd);
    if (from < to) {
      markIn(text, from, to, marks);
      work.steps += to - from;
    }
  }
}

/** Records every cue word starting in text[from, to). */
function markIn(text: string, from: number, to: number, marks: CueMarks): void {
  for (let at = nextCueWord(text, from, to); at >= 0; at = nextCueWord(text, at + 1, to)) marks.add(at);
}
