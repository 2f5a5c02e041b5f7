// The words of one sentence as the claim reader needs them: how many there are, which may start a cue,
// and which may start a hedge. Each word that may have a role is looked up once, in one map, and what
// it is kept in an array reused from sentence to sentence; the cue and hedge searches then read that
// array.
import { shapeOf, type Token } from '../attribution/tokens';
import { NAMING_VERBS, PARTICIPLE_CUES, PHRASAL_SPEECH_VERBS, SPEECH_VERBS, STATEMENT_CLAIM_NOUNS } from '../vocabulary/cues';
import { HEDGES } from '../vocabulary/hedges';
import type { Range } from '../types';
import { WordMap } from './word-map';

interface WordRole {
  /** The word is one cueAt's first test lets through: asking cueAt about any other is no use. */
  startsCue: boolean;
  /** The hedges that open with the word, in the vocabulary's order. */
  hedges: readonly (readonly string[])[];
}

/** Every word a cue can start with, as cueAt's first test knows them (attribution/cue.ts). */
const CUE_STARTS: readonly string[] = [
  'according', 'put', ...STATEMENT_CLAIM_NOUNS, ...PHRASAL_SPEECH_VERBS.keys(), ...SPEECH_VERBS, ...PARTICIPLE_CUES, ...NAMING_VERBS,
];

const ROLES = new WordMap<WordRole>(
  [...new Set([...CUE_STARTS, ...HEDGES.map((hedge) => hedge[0])])].map((word) => [word, {
    startsCue: CUE_STARTS.includes(word),
    hedges: HEDGES.filter((hedge) => hedge[0] === word),
  }] as const),
);

/** One bit per shape (length, first and last letter) of the hedges' first words: "it" and "is", not "in". */
const HEDGE_SHAPES = new Uint32Array(32 * 26 * 26 / 32);
for (const [first] of HEDGES) {
  const shape = shapeOf(first!.length, first!.charCodeAt(0), first!.charCodeAt(first!.length - 1));
  if (shape >= 0) HEDGE_SHAPES[shape >> 5] |= 1 << (shape & 31);
}

/**
 * Whether the word may have a role, by what the token already knows: a word the tokenizer ruled out as
 * a cue's start (cueAt would refuse it) and shaped like no hedge's first word needs no lookup. Most words
 * are both, and a lookup costs more than the rest of the reading.
 */
function mayHaveRole(t: Token): boolean {
  if (t.mayCue !== false) return true;
  const shape = t.shape;
  return shape >= 0 && (HEDGE_SHAPES[shape >> 5]! & (1 << (shape & 31))) !== 0;
}

export class SentenceWords {
  /** The role of each word token read, by token index; undefined for other tokens and words. */
  private readonly roles: (WordRole | undefined)[] = [];

  /** Reads the tokens[a, b) of a sentence; returns how many are words. */
  read(tokens: Token[], a: number, b: number): number {
    const roles = this.roles;
    while (roles.length < b) roles.push(undefined);
    let words = 0;
    for (let i = a; i < b; i++) {
      const t = tokens[i];
      if (t.kind === 'word') {
        words++;
        roles[i] = mayHaveRole(t) ? ROLES.get(t.lower) : undefined;
      } else {
        roles[i] = undefined;
      }
    }
    return words;
  }

  /** Whether tokens[i] (read) may start a cue: cueAt may find one there. */
  startsCue(i: number): boolean {
    return this.roles[i]?.startsCue === true;
  }

  /** The first hedge in tokens[a, b) (read), as "reportedly" or "it is understood". */
  findHedge(tokens: Token[], a: number, b: number): Range | null {
    for (let i = a; i < b; i++) {
      const role = this.roles[i];
      if (role === undefined) continue;
      for (const hedge of role.hedges) {
        let ok = true;
        for (let k = 1; k < hedge.length && ok; k++) ok = i + k < b && tokens[i + k].lower === hedge[k];
        if (ok) return { start: tokens[i].start, end: tokens[i + hedge.length - 1].end };
      }
    }
    return null;
  }
}
