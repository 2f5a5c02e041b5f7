// Third-person pronouns resolved to the most recent fitting person mentioned in the same or the
// previous paragraph. Conservative: a more recent person whose pronoun is unknown (an unlisted person,
// or a listed one without `pronoun`) makes "he"/"she" ambiguous, and it stays unresolved.
import type { Entity, Pronoun } from '../types';
import { sortFound, takeFound, type Found } from './found';
import { hashWord, IntMap, IntSet } from './hash';
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
/** The forms by hash, so a watched word is looked up without making its string. */
const FORMS_BY_HASH = new IntMap<string[]>();
for (const form of PRONOUN_WORDS.keys()) {
  const hash = hashWord(form);
  PRONOUN_HASHES.add(hash);
  const forms = FORMS_BY_HASH.get(hash);
  if (forms) forms.push(form);
  else FORMS_BY_HASH.set(hash, [form]);
}

function pronounAt(tokens: Tokens, k: number): PronounWord | undefined {
  const forms = FORMS_BY_HASH.get(tokens.hashes[k]!);
  if (forms) for (let f = 0; f < forms.length; f++) if (tokens.textIs(k, forms[f]!)) return PRONOUN_WORDS.get(forms[f]!);
  return undefined;
}

/** The person a pronoun may refer to (the entity, not its Found: those are refilled paragraph after paragraph). */
interface Antecedent {
  entity: Entity;
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
    // Refilled in place: the record is only ever read for these fields.
    const known = state.fitting[pronoun];
    if (known) {
      known.entity = entity;
      known.paragraph = paragraph;
      known.tick = tick;
    } else {
      state.fitting[pronoun] = { entity, paragraph, tick };
    }
    // A person is not "they", but a more recent one makes "they" unsafe (it may mean both).
    if (pronoun !== 'they') state.blocked.they = tick;
  } else if (entity.type === 'person') {
    state.blocked.he = state.blocked.she = state.blocked.they = tick;
  }
}

/**
 * Resolves the pronouns of one paragraph outside quotations (inside one the speaker's "he" is someone
 * else's) and appends them to `found`, whose entries from `from` on are the paragraph's other mentions.
 * Those become antecedents in the order they end, so a descriptor ("Trump's son-in-law") counts after
 * the possessive inside it: they are put in that order in place (the caller sorts the paragraph's
 * mentions by position afterwards).
 */
export function resolvePronouns(tokens: Tokens, found: Found[], from: number, paragraph: number, state: PronounState): void {
  if (!inEndOrder(found, from)) sortFound(found, byEnd, from);
  let next = from;
  const stop = found.length;
  const hitCount = mayResolve(found, from, paragraph, state) ? tokens.hitCount : 0;
  for (let h = 0; h < hitCount; h++) {
    const k = tokens.hits[h]!;
    if ((tokens.marks(k) & WATCH_PRONOUN) === 0 || tokens.inQuote(k)) continue;
    const word = pronounAt(tokens, k);
    if (!word) continue;
    const start = tokens.start(k);
    while (next < stop && found[next]!.end <= start) remember(state, found[next++]!, paragraph);
    const antecedent = state.fitting[word.pronoun];
    if (!antecedent || antecedent.paragraph < paragraph - 1 || antecedent.tick < state.blocked[word.pronoun]) continue;
    const entity = antecedent.entity;
    const pronoun = takeFound(start, tokens.end(k), k, k, entity, entity.name, 'pronoun', word.possessive, false, undefined, undefined);
    found.push(pronoun);
    remember(state, pronoun, paragraph);
  }
  while (next < stop) remember(state, found[next++]!, paragraph);
}

/**
 * Whether a pronoun of the paragraph could find an antecedent: one remembered from the paragraph
 * before and not blocked yet (blocks only grow), or a fitting person among the paragraph's mentions.
 * Most paragraphs have neither, and their pronouns are not looked at.
 */
function mayResolve(found: readonly Found[], from: number, paragraph: number, state: PronounState): boolean {
  const { fitting, blocked } = state;
  if (isOpen(fitting.he, blocked.he, paragraph) || isOpen(fitting.she, blocked.she, paragraph) || isOpen(fitting.they, blocked.they, paragraph)) return true;
  for (let i = from; i < found.length; i++) {
    const mention = found[i]!;
    const pronoun = mention.entity?.pronoun;
    if (!mention.inQuote && (pronoun === 'he' || pronoun === 'she' || pronoun === 'they')) return true;
  }
  return false;
}

/** Whether an antecedent from the paragraph before or this one is not blocked yet. */
function isOpen(antecedent: Antecedent | null, blockedAt: number, paragraph: number): boolean {
  return antecedent !== null && antecedent.paragraph >= paragraph - 1 && antecedent.tick >= blockedAt;
}

/** Whether the entries of `found` from `from` on are in end order already (most paragraphs' are). */
function inEndOrder(found: readonly Found[], from: number): boolean {
  for (let i = from + 1; i < found.length; i++) if (byEnd(found[i - 1]!, found[i]!) > 0) return false;
  return true;
}

function byEnd(a: Found, b: Found): number {
  return a.end - b.end || b.start - a.start;
}
