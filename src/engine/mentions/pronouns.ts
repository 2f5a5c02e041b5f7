// Third-person pronouns resolved to the most recent fitting person mentioned in the same or the
// previous paragraph. Conservative: a more recent person whose pronoun is unknown (an unlisted person,
// or a listed one without `pronoun`) makes "he"/"she" ambiguous, and it stays unresolved.
import type { Pronoun } from '../types';
import type { Found } from './found';
import { hashWord, IntSet } from './hash';
import type { Tokens } from './tokens';
import { WATCH_PRONOUN } from './watch';

interface PronounWord {
  pronoun: Pronoun;
  possessive: boolean;
}

const PRONOUN_WORDS = new Map<string, PronounWord>();
for (const [words, pronoun, possessive] of [
  [['he', 'him', 'himself'], 'he', false],
  [['his'], 'he', true],
  [['she', 'her', 'herself'], 'she', false],
  [['hers'], 'she', true],
  [['they', 'them', 'themselves', 'themself'], 'they', false],
  [['their', 'theirs'], 'they', true],
] as const) {
  for (const word of words) {
    PRONOUN_WORDS.set(word, { pronoun, possessive });
    PRONOUN_WORDS.set(word.charAt(0).toUpperCase() + word.slice(1), { pronoun, possessive });
  }
}

export const PRONOUN_HASHES = new IntSet();
for (const word of PRONOUN_WORDS.keys()) PRONOUN_HASHES.add(hashWord(word));

export interface PronounCandidate {
  token: number;
  word: PronounWord;
}

/** Pronouns of a paragraph outside quotations (inside one the speaker's "he" is someone else's). */
export function pronounCandidates(tokens: Tokens): PronounCandidate[] {
  const candidates: PronounCandidate[] = [];
  for (let h = 0; h < tokens.hitCount; h++) {
    const k = tokens.hits[h]!;
    if ((tokens.marks[k]! & WATCH_PRONOUN) === 0 || tokens.inQuote(k)) continue;
    const word = PRONOUN_WORDS.get(tokens.text(k));
    if (!word) continue;
    candidates.push({ token: k, word });
  }
  return candidates;
}

interface Antecedent {
  found: Found;
  paragraph: number;
  tick: number;
}

/** What the resolver remembers between paragraphs. */
export interface PronounState {
  tick: number;
  fitting: Record<Pronoun, Antecedent | null>;
  /** The tick of the last mention that makes each pronoun ambiguous. */
  blocked: Record<Pronoun, number>;
}

export function newPronounState(): PronounState {
  return { tick: 0, fitting: { he: null, she: null, they: null }, blocked: { he: -1, she: -1, they: -1 } };
}

function remember(state: PronounState, found: Found, paragraph: number): void {
  if (found.inQuote) return;
  const tick = ++state.tick;
  const entity = found.entity;
  if (!entity) {
    // An unlisted person: any of them could be "he", "she" or "they".
    state.blocked.he = state.blocked.she = state.blocked.they = tick;
    return;
  }
  const pronoun = entity.pronoun;
  if (pronoun === 'he' || pronoun === 'she' || pronoun === 'they') {
    state.fitting[pronoun] = { found, paragraph, tick };
    // A person is not "they", but a more recent one makes "they" unsafe (it may mean both).
    if (pronoun !== 'they') state.blocked.they = tick;
  } else if (entity.type === 'person') {
    state.blocked.he = state.blocked.she = state.blocked.they = tick;
  }
}

/**
 * Adds resolved pronoun mentions for one paragraph. `mentions` are the paragraph's other mentions;
 * they become antecedents in the order they end, so a descriptor ("Trump's son-in-law") counts after
 * the possessive inside it.
 */
export function resolvePronouns(
  tokens: Tokens, mentions: readonly Found[], candidates: readonly PronounCandidate[],
  paragraph: number, state: PronounState,
): Found[] {
  const resolved: Found[] = [];
  const ordered = inEndOrder(mentions);
  if (candidates.length === 0) {
    for (const m of ordered) remember(state, m, paragraph);
    return resolved;
  }
  let next = 0;
  for (const candidate of candidates) {
    const start = tokens.start(candidate.token);
    while (next < ordered.length && ordered[next]!.end <= start) remember(state, ordered[next++]!, paragraph);
    const pronoun = candidate.word.pronoun;
    const antecedent = state.fitting[pronoun];
    if (!antecedent || antecedent.paragraph < paragraph - 1 || antecedent.tick < state.blocked[pronoun]) continue;
    const entity = antecedent.found.entity!;
    const found: Found = {
      start, end: tokens.end(candidate.token), first: candidate.token, last: candidate.token,
      entity, name: entity.name, kind: 'pronoun', possessive: candidate.word.possessive, inQuote: false,
    };
    resolved.push(found);
    remember(state, found, paragraph);
  }
  while (next < ordered.length) remember(state, ordered[next++]!, paragraph);
  return resolved;
}

function inEndOrder(mentions: readonly Found[]): readonly Found[] {
  for (let i = 1; i < mentions.length; i++) {
    if (byEnd(mentions[i - 1]!, mentions[i]!) > 0) return [...mentions].sort(byEnd);
  }
  return mentions;
}

function byEnd(a: Found, b: Found): number {
  return a.end - b.end || b.start - a.start;
}
