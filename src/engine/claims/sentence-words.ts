// What the claim reader asks of a sentence's words: which may start a cue, and where a hedge stands.
// A word is looked up only when asked (most sentences find their attribution at their end or near their
// start, so most of their words never are), by its shape and then its vocabulary number, which the
// token keeps (attribution/token-map.ts): asking again costs one array read.
import { TokenMap, TokenSet } from '../attribution/token-map';
import type { Token } from '../attribution/tokens';
import { NAMING_VERBS, PARTICIPLE_CUES, PHRASAL_SPEECH_VERBS, SPEECH_VERBS, STATEMENT_CLAIM_NOUNS } from '../vocabulary/cues';
import { HEDGES } from '../vocabulary/hedges';
import type { Range } from '../types';

/** The hedges by their first word, in the vocabulary's order. */
const HEDGES_BY_FIRST = new TokenMap<readonly (readonly string[])[]>(
  [...new Set(HEDGES.map((hedge) => hedge[0]!))].map((word) => [word, HEDGES.filter((hedge) => hedge[0] === word)] as const),
);

/** Every word that may start a cue, as cueAt's first test knows them (attribution/cue.ts). */
const CUE_STARTS = new TokenSet(['according', 'put', ...STATEMENT_CLAIM_NOUNS, ...PHRASAL_SPEECH_VERBS.keys(), ...SPEECH_VERBS, ...PARTICIPLE_CUES, ...NAMING_VERBS]);

/** Whether tokens[i] may start a cue: cueAt may find one there. */
export function startsCue(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  return t.kind === 'word' && CUE_STARTS.has(t);
}

/** The first hedge in tokens[a, b), as "reportedly" or "it is understood". */
export function findHedge(tokens: Token[], a: number, b: number): Range | null {
  for (let i = a; i < b; i++) {
    if (tokens[i].kind !== 'word') continue;
    const hedges = HEDGES_BY_FIRST.get(tokens[i]);
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
