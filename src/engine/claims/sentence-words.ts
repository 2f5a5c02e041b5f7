// The words of one sentence as the claim reader needs them: how many there are, which may start a cue,
// and which may start a hedge. Each word is looked up once, as the sentence is read, for both roles (the
// cue search and the hedge search then read a byte per token), and the lookup goes by the token's shape
// (attribution/token-map.ts), so most words are ruled out without a string.
import { TokenMap } from '../attribution/token-map';
import type { Token } from '../attribution/tokens';
import { NAMING_VERBS, PARTICIPLE_CUES, PHRASAL_SPEECH_VERBS, SPEECH_VERBS, STATEMENT_CLAIM_NOUNS } from '../vocabulary/cues';
import { HEDGES } from '../vocabulary/hedges';
import type { Range } from '../types';

/** What a word may start: a cue (as cueAt's first test knows them, attribution/cue.ts), a hedge. */
const CUE_START = 1;
const HEDGE_START = 2;

/** The hedges by their first word, in the vocabulary's order. */
const HEDGES_BY_FIRST = new TokenMap<readonly (readonly string[])[]>(
  [...new Set(HEDGES.map((hedge) => hedge[0]!))].map((word) => [word, HEDGES.filter((hedge) => hedge[0] === word)] as const),
);

/** Every word that may start a cue or a hedge, with those bits: one lookup answers both. */
const WORD_ROLES = new TokenMap<number>(
  (() => {
    const roles = new Map<string, number>();
    const add = (word: string, bit: number) => roles.set(word, (roles.get(word) ?? 0) | bit);
    for (const word of ['according', 'put', ...STATEMENT_CLAIM_NOUNS, ...PHRASAL_SPEECH_VERBS.keys(), ...SPEECH_VERBS, ...PARTICIPLE_CUES, ...NAMING_VERBS]) add(word, CUE_START);
    for (const hedge of HEDGES) add(hedge[0]!, HEDGE_START);
    return roles;
  })(),
);

export class SentenceWords {
  /** The tokens of the sentence read last, and the stretch [from, to) of them read. */
  private tokens: readonly Token[] = [];
  private from = 0;
  private to = 0;
  /** Per token of the stretch, what its word may start (CUE_START, HEDGE_START; 0 for the rest). */
  private roles = new Uint8Array(64);
  /** Some word of the stretch may start a hedge. */
  private mayHedge = false;

  /**
   * Reads the tokens[a, b) of a sentence; returns how many are words. Each word is looked up once,
   * for both questions asked of it later (startsCue, findHedge).
   */
  read(tokens: Token[], a: number, b: number): number {
    this.tokens = tokens;
    this.from = a;
    this.to = b;
    if (this.roles.length < b - a) this.roles = new Uint8Array(Math.max(b - a, this.roles.length * 2));
    const roles = this.roles;
    let words = 0;
    let any = 0;
    for (let i = a; i < b; i++) {
      const t = tokens[i];
      let role = 0;
      if (t.kind === 'word') {
        words++;
        role = WORD_ROLES.get(t) ?? 0;
        any |= role;
      }
      roles[i - a] = role;
    }
    this.mayHedge = (any & HEDGE_START) !== 0;
    return words;
  }

  /** Whether tokens[i] of the sentence read may start a cue: cueAt may find one there. */
  startsCue(i: number): boolean {
    if (i >= this.from && i < this.to) return (this.roles[i - this.from]! & CUE_START) !== 0;
    const t = this.tokens[i]!;
    return t.kind === 'word' && ((WORD_ROLES.get(t) ?? 0) & CUE_START) !== 0;
  }

  /** The first hedge in tokens[a, b), as "reportedly" or "it is understood". */
  findHedge(tokens: Token[], a: number, b: number): Range | null {
    // The stretch read: only the words that may start a hedge are looked at, and none when there are none.
    const known = tokens === this.tokens && a === this.from && b === this.to;
    if (known && !this.mayHedge) return null;
    for (let i = a; i < b; i++) {
      if (known ? (this.roles[i - a]! & HEDGE_START) === 0 : tokens[i].kind !== 'word') continue;
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
}
