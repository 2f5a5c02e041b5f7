// House form (wire style) for putting a listed quote or name into a draft.
//
// First reference: the full name with its title. A short formal title goes before the name,
// capitalized ("Secretary of State Marco Rubio"); a long or descriptive one follows the name,
// lowercase, and then the attribution is inverted so the quote still leads:
//   "We are constructively minded," said Rustem Umerov, head of Kyiv's delegation.
// Later references: the surname, not inverted: "We are constructively minded," Umerov said.
import { extractProse } from './prose';
import { splitSentences } from './sentences';
import { entityAt, kindAt } from './mentions/columns';
import type { Entity, EntityQuote, MentionKind, Mentions, Source, SourceRef } from './types';

export type Reference = 'first' | 'later';

export interface QuoteMarks {
  open: string;
  close: string;
}

export const STRAIGHT_QUOTES: QuoteMarks = { open: '"', close: '"' };
export const CURLY_QUOTES: QuoteMarks = { open: '\u201c', close: '\u201d' };

// Nouns that make a title formal: capitalized before a name, lowercase after it.
const FORMAL_NOUNS = new Set([
  'president', 'minister', 'secretary', 'chancellor', 'premier', 'senator', 'representative',
  'governor', 'mayor', 'ambassador', 'king', 'queen', 'prince', 'princess', 'pope', 'chairman',
  'chairwoman', 'chairperson', 'speaker', 'commissioner', 'judge', 'director', 'general', 'admiral',
]);
// Words that belong to a formal title when one of the nouns above is in it ("Prime Minister",
// "Secretary of State", "Foreign Minister"); they follow the noun's case.
const TITLE_MODIFIERS = new Set([
  'vice', 'prime', 'deputy', 'chief', 'acting', 'foreign', 'state', 'defense', 'defence', 'interior',
  'finance', 'treasury', 'justice', 'health', 'trade', 'economy', 'energy', 'commerce', 'labor',
  'agriculture', 'transportation', 'education', 'homeland', 'security', 'national', 'attorney',
]);
const PREPOSITIONS = new Set(['of', 'for', 'at', 'to', 'in', 'on', 'with', 'from']);
const ARTICLES = new Set(['a', 'an', 'the']);
const NAME_SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);
/** More words than this and a title no longer reads well before a name. */
const MAX_WORDS_BEFORE_NAME = 4;

const startsUpper = (word: string) => /^\p{Lu}/u.test(word);
/** "U.S.", "EU", "NATO": kept as written in every position. */
const isAbbreviation = (word: string) => word.includes('.') || /^\p{Lu}{2,}$/u.test(word);
const isPossessive = (word: string) => /['\u2019]s$|s['\u2019]$/u.test(word);
const bare = (word: string) => word.toLowerCase().replace(/[^\p{L}.]/gu, '');

function words(text: string): string[] {
  return text.trim().split(/\s+/).filter((w) => w !== '');
}

function isTitleWord(word: string): boolean {
  const key = bare(word);
  return FORMAL_NOUNS.has(key) || TITLE_MODIFIERS.has(key);
}

function hasFormalNoun(title: string): boolean {
  return words(title).some((w) => FORMAL_NOUNS.has(bare(w)));
}

/** The title the house form uses: the one the source gives, else the first other listed title. */
export function houseTitle(entity: Entity): string | null {
  const candidates = [entity.title, ...(entity.titles ?? [])];
  for (const title of candidates) if (typeof title === 'string' && title.trim() !== '') return title.trim();
  return null;
}

/** The first listed descriptor, for a person without a title; null without one. */
export function firstDescriptor(entity: Entity): string | null {
  for (const d of entity.descriptors ?? []) if (typeof d === 'string' && d.trim() !== '') return d.trim();
  return null;
}

/**
 * Whether a title reads before a name: short, formal or capitalized, with no possessive, comma,
 * leading article, or preposition that opens a lowercase phrase ("head of Kyiv's delegation",
 * "minister of foreign affairs", "spokesman for the Kremlin" all follow the name).
 */
export function titleFitsBeforeName(title: string): boolean {
  const list = words(title);
  if (list.length === 0 || list.length > MAX_WORDS_BEFORE_NAME) return false;
  if (/[,;:()]/.test(title) || list.some(isPossessive)) return false;
  if (ARTICLES.has(list[0].toLowerCase())) return false;
  for (let i = 0; i < list.length - 1; i++) {
    if (PREPOSITIONS.has(list[i].toLowerCase()) && !startsUpper(list[i + 1])) return false;
  }
  return startsUpper(list[0]) || hasFormalNoun(title);
}

/** A title as written before a name: the formal words capitalized ("Russian President"). */
export function titleBeforeName(title: string): string {
  if (!hasFormalNoun(title)) return words(title).join(' ');
  return words(title)
    .map((w) => (isTitleWord(w) && !isAbbreviation(w) ? w.charAt(0).toUpperCase() + w.slice(1) : w))
    .join(' ');
}

/** A title as written after a name: the formal words lowercase ("U.S. secretary of state"). */
export function titleAfterName(title: string): string {
  return words(title)
    .map((w) => (isTitleWord(w) && !isAbbreviation(w) ? w.toLowerCase() : w))
    .join(' ');
}

/** A person's surname (the last word of the name, passing over "Jr." and the like); else the name. */
export function surnameOf(entity: Pick<Entity, 'name' | 'type'>): string {
  const list = words(entity.name);
  if (entity.type !== 'person' || list.length === 0) return entity.name.trim();
  let last = list.length - 1;
  while (last > 0 && NAME_SUFFIXES.has(list[last].toLowerCase().replace(/,$/, ''))) last--;
  return list[last].replace(/,$/, '');
}

export interface NameForm {
  /** Title before the name: "U.S. Secretary of State Marco Rubio". */
  text: string;
  /** True when the title follows the name as an appositive: "Rustem Umerov, head of Kyiv's delegation". */
  inverted: boolean;
}

/** How the draft names an entity on first or later reference. */
export function nameForm(entity: Entity, reference: Reference): NameForm {
  const name = entity.name.trim();
  if (reference === 'later') return { text: surnameOf(entity), inverted: false };
  if (entity.type !== 'person') return { text: name, inverted: false };
  const title = houseTitle(entity);
  if (title) {
    if (titleFitsBeforeName(title)) return { text: `${titleBeforeName(title)} ${name}`, inverted: false };
    return { text: `${name}, ${titleAfterName(title)}`, inverted: true };
  }
  // Without a title, the phrase the source identifies them by follows the name as written
  // ("Jared Kushner, Trump's son-in-law").
  const descriptor = firstDescriptor(entity);
  return descriptor ? { text: `${name}, ${descriptor}`, inverted: true } : { text: name, inverted: false };
}

/**
 * A quote's words as they stand inside the marks before the attribution: a final period becomes a
 * comma, `?` and `!` and an ellipsis stay, and double quotation marks inside become single ones.
 */
export function quoteBeforeAttribution(text: string): string {
  let body = text.trim();
  // A quote stored with its own marks loses them: the house form adds its own.
  if (/^["\u201c]/u.test(body) && /["\u201d]$/u.test(body) && body.length > 1) body = body.slice(1, -1).trim();
  body = body
    .replace(/\u201c/gu, '\u2018')
    .replace(/\u201d/gu, '\u2019')
    .replace(/"/g, "'");
  // A closing single quote after the final punctuation keeps its place: 'a deal.' → 'a deal,'
  let cut = body.length;
  while (cut > 0 && (body[cut - 1] === "'" || body[cut - 1] === '\u2019')) cut--;
  const tail = body.slice(cut);
  body = body.slice(0, cut);
  if (/(\.\.\.|\u2026)$/u.test(body) || /[?!]$/.test(body)) return body + tail;
  if (/[.,;:]$/.test(body)) body = body.slice(0, -1);
  return `${body},${tail}`;
}

/**
 * The sentences of a quote, for quoting one of them alone (wire copy often runs only part of a
 * quote). Split by the engine's own sentence rules, so "U.S." and "3 p.m." stay inside.
 */
export function quoteSentences(text: string): string[] {
  const sentences = splitSentences(text, extractProse(text, 'plaintext'));
  const pieces: string[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const piece = text.slice(sentences.starts[i], sentences.ends[i]).trim();
    if (piece !== '') pieces.push(piece);
  }
  return pieces;
}

/** The quote and its attribution, in house form. */
export function attributedQuote(quote: string, entity: Entity, reference: Reference, marks: QuoteMarks = STRAIGHT_QUOTES): string {
  const quoted = `${marks.open}${quoteBeforeAttribution(quote)}${marks.close}`;
  const form = nameForm(entity, reference);
  return form.inverted ? `${quoted} said ${form.text}.` : `${quoted} ${form.text} said.`;
}

/** The marker that records where a quote came from: `<!-- source: report#p3 -->`. */
export function sourceMarker(ref: SourceRef | null): string | null {
  if (!ref) return null;
  // The marker text must not be able to close the comment early.
  const text = ref.raw.trim().replace(/--+>?/g, '-');
  return text ? `<!-- source: ${text} -->` : null;
}

/** The quote in house form followed by its source marker. */
export function sourcedQuote(quote: EntityQuote, entity: Entity, reference: Reference, marks: QuoteMarks = STRAIGHT_QUOTES): string {
  const marker = sourceMarker(quote.ref);
  const sentence = attributedQuote(quote.text, entity, reference, marks);
  return marker ? `${sentence} ${marker}` : sentence;
}

/** A readable name for a quote's source: "Reuters, KYIV, Dec 19, paragraph 3". */
export function describeSource(ref: SourceRef | null, sources: readonly Source[]): string {
  if (!ref) return 'no source given';
  const source = sources.find((s) => s.id === ref.source);
  const parts = source ? [source.publisher, source.dateline ?? source.date].filter((p): p is string => !!p) : [];
  if (parts.length === 0) parts.push(ref.source);
  if (ref.paragraph !== null) parts.push(`paragraph ${ref.paragraph}`);
  return parts.join(', ');
}

// ---------------------------------------------------------------- first reference

const REFERRING_KINDS: ReadonlySet<MentionKind> = new Set<MentionKind>(['name', 'alias', 'surname', 'misspelling']);

/**
 * True when the draft has not yet named the entity before `offset` (by name, alias, surname or a
 * misspelling of them). Mentions come in text order, so the scan stops at the offset.
 */
export function isFirstReference(mentions: Mentions, entityId: string, offset: number): boolean {
  return !entitiesNamedBefore(mentions, offset, entityId).has(entityId);
}

/**
 * The ids of every entity the draft names before `offset`, in one pass over the mentions (for
 * completions, which ask about many entities at once). With `only`, stops once that one is found.
 */
export function entitiesNamedBefore(mentions: Mentions, offset: number, only?: string): Set<string> {
  const named = new Set<string>();
  for (let i = 0; i < mentions.length; i++) {
    if (mentions.starts[i]! >= offset) break;
    const entity = entityAt(mentions, i);
    if (entity === null || !REFERRING_KINDS.has(kindAt(mentions, i)) || mentions.ends[i]! > offset) continue;
    if (only !== undefined && entity !== only) continue;
    named.add(entity);
    if (only !== undefined) break;
  }
  return named;
}

// ---------------------------------------------------------------- name completions

export interface NameCompletion {
  /** The full name, shown as the item's label. */
  label: string;
  /** The title as the source gives it (else the descriptor it identifies them by); null without either. */
  detail: string | null;
  /** What is inserted: the first or later reference form. */
  insertText: string;
  /** What the typed word is matched against: the name from the matched word on ("Rubio", "Marco Rubio"). */
  filterText: string;
}

/** Entities a writer names in prose: people other than credited journalists, organizations, places. */
export function isCompletable(entity: Entity): boolean {
  return !(entity.type === 'person' && entity.role === 'journalist');
}

/**
 * The completion of a listed name for a typed word prefix, or null when no word of the entity's name,
 * aliases or misspellings starts with it (a misspelling typed is offered the house spelling).
 * Case-insensitive; an empty prefix matches nothing. `textBefore` is the draft's text before the word.
 */
export function nameCompletion(entity: Entity, prefix: string, reference: Reference, textBefore = ''): NameCompletion | null {
  const typed = prefix.trim().toLowerCase();
  if (typed === '' || !isCompletable(entity)) return null;
  const filterText = matchFrom(entity.name, typed) ?? firstMatch([...(entity.aliases ?? []), ...(entity.misspellings ?? [])], typed);
  return filterText === null ? null : completionOf(entity, reference, textBefore, filterText);
}

/**
 * The completion of a listed name where no word has been begun: what a writer who asks for
 * completions by hand between words is offered (every completable entity; null for the others).
 */
export function nameOffer(entity: Entity, reference: Reference, textBefore = ''): NameCompletion | null {
  return isCompletable(entity) ? completionOf(entity, reference, textBefore, entity.name.trim()) : null;
}

function completionOf(entity: Entity, reference: Reference, textBefore: string, filterText: string): NameCompletion {
  const form = nameForm(entity, reference);
  // The writer has already put the title before the name ("Secretary of State Rub|"): add only the name.
  const titled = reference === 'first' && !form.inverted && form.text !== entity.name.trim() && endsWithTitle(textBefore, entity);
  return {
    label: entity.name.trim(),
    detail: entity.type === 'person' ? houseTitle(entity) ?? firstDescriptor(entity) : null,
    insertText: titled ? entity.name.trim() : form.text,
    filterText,
  };
}

/**
 * Whether `textBefore` ends with one of the entity's titles, or one without its leading qualifiers
 * ("Secretary of State" for "U.S. Secretary of State"), then a space.
 */
function endsWithTitle(textBefore: string, entity: Entity): boolean {
  if (!/\s$/u.test(textBefore)) return false;
  const before = textBefore.trimEnd().toLowerCase();
  for (const title of [entity.title, ...(entity.titles ?? [])]) {
    if (typeof title !== 'string') continue;
    const list = words(title);
    for (let i = 0; i < list.length; i++) {
      // A tail drops a leading qualifier ("U.S.", "Russian"), never the start of a phrase ("of State").
      if (i > 0 && !(startsUpper(list[i]) && startsUpper(list[i - 1]))) continue;
      const tail = list.slice(i).join(' ').toLowerCase();
      if (before.endsWith(tail) && (before.length === tail.length || /\s/u.test(before[before.length - tail.length - 1]))) return true;
    }
  }
  return false;
}

function firstMatch(names: readonly string[], typed: string): string | null {
  for (const name of names) {
    const match = typeof name === 'string' ? matchFrom(name, typed) : null;
    if (match !== null) return match;
  }
  return null;
}

/** The part of `name` from the first word that starts with `typed`, or null. */
function matchFrom(name: string, typed: string): string | null {
  const list = words(name);
  for (let i = 0; i < list.length; i++) {
    if (list[i].toLowerCase().startsWith(typed)) return list.slice(i).join(' ');
  }
  return null;
}
