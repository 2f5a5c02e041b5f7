// Where a hedge ("reportedly", "it is understood") stands in a sentence's tokens. Each word is asked
// by its shape and then its vocabulary number, which the token keeps (attribution/token-map.ts), so a
// word other lists were asked about costs one array read.
import { TokenMap } from '../attribution/token-map';
import type { Token } from '../attribution/tokens';
import { HEDGES } from '../vocabulary/hedges';
import type { Range } from '../types';

/** The hedges by their first word, in the vocabulary's order. */
const HEDGES_BY_FIRST = new TokenMap<readonly (readonly string[])[]>(
  [...new Set(HEDGES.map((hedge) => hedge[0]!))].map((word) => [word, HEDGES.filter((hedge) => hedge[0] === word)] as const),
);

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
