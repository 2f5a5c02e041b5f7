// The words of one sentence as the claim reader needs them: how many there are, which may start a cue,
// and which may start a hedge. A word's role is asked only where a search needs it (the cue search stops
// at the first cue), and the lookups go by the token's shape (attribution/token-map.ts), so most words
// are ruled out without a string.
import { TokenMap } from '../attribution/token-map';
import type { Token } from '../attribution/tokens';
import { NAMING_VERBS, PARTICIPLE_CUES, PHRASAL_SPEECH_VERBS, SPEECH_VERBS, STATEMENT_CLAIM_NOUNS } from '../vocabulary/cues';
import { HEDGES } from '../vocabulary/hedges';
import type { Range } from '../types';

/** Every word a cue can start with, as cueAt's first test knows them (attribution/cue.ts). */
const CUE_STARTS = new TokenMap<true>(
  ['according', 'put', ...STATEMENT_CLAIM_NOUNS, ...PHRASAL_SPEECH_VERBS.keys(), ...SPEECH_VERBS, ...PARTICIPLE_CUES, ...NAMING_VERBS].map((word) => [word, true] as const),
);

/** The hedges by their first word, in the vocabulary's order. */
const HEDGES_BY_FIRST = new TokenMap<readonly (readonly string[])[]>(
  [...new Set(HEDGES.map((hedge) => hedge[0]!))].map((word) => [word, HEDGES.filter((hedge) => hedge[0] === word)] as const),
);

export class SentenceWords {
  /** The tokens of the sentence read last. */
  private tokens: readonly Token[] = [];

  /** Reads the tokens[a, b) of a sentence; returns how many are words. */
  read(tokens: Token[], a: number, b: number): number {
    this.tokens = tokens;
    let words = 0;
    for (let i = a; i < b; i++) if (tokens[i].kind === 'word') words++;
    return words;
  }

  /** Whether tokens[i] of the sentence read may start a cue: cueAt may find one there. */
  startsCue(i: number): boolean {
    const t = this.tokens[i]!;
    return t.kind === 'word' && CUE_STARTS.get(t) === true;
  }

  /** The first hedge in tokens[a, b), as "reportedly" or "it is understood". */
  findHedge(tokens: Token[], a: number, b: number): Range | null {
    for (let i = a; i < b; i++) {
      const t = tokens[i];
      if (t.kind !== 'word') continue;
      const hedges = HEDGES_BY_FIRST.get(t);
      if (hedges === undefined) continue;
      for (let h = 0; h < hedges.length; h++) {
        const hedge = hedges[h]!;
        let ok = true;
        for (let k = 1; k < hedge.length && ok; k++) ok = i + k < b && tokens[i + k].is(hedge[k]!);
        if (ok) return { start: tokens[i].start, end: tokens[i + hedge.length - 1].end };
      }
    }
    return null;
  }
}
