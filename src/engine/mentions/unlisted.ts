// People who are not in the entity list, introduced by a title or role before a capitalised name of two
// to four words ("Kremlin aide Yuri Ushakov", "Sen. Elizabeth Warren"), and later references to them by
// full name or surname ("Ushakov said").
import {
  NAME_PARTICLES, NOT_PERSON_WORDS, NOT_TITLE_WORDS, OF_COMPLEMENTS, ROLE_WORDS, TITLE_MODIFIERS,
} from '../vocabulary/titles';
import { collapseSpaces, possessiveEnd, type Found } from './found';
import type { Token } from './tokens';

/** Role words that are also everyday words; they introduce a name only when capitalised ("Gen.", "Justice"). */
const ROLE_WORDS_WHEN_CAPITALISED = new Set(['major', 'general', 'justice', 'speaker', 'doctor', 'head', 'partner', 'owner', 'chair', 'king', 'queen', 'prince', 'princess']);

const MAX_TITLE_WORDS = 6;
const MAX_NAME_WORDS = 4;
const MAX_ROLE_LENGTH = Math.max(...[...ROLE_WORDS].map((w) => w.length));

/** Unlisted people introduced so far in the document. */
export interface UnlistedRegistry {
  /** Full name ("Yuri Ushakov") → itself, as first written. */
  fullNames: Map<string, string>;
  /** Surname → the full name of the person last introduced with it. */
  surnames: Map<string, string>;
}

export function newUnlistedRegistry(): UnlistedRegistry {
  return { fullNames: new Map(), surnames: new Map() };
}

function startsUpper(s: string): boolean {
  const code = s.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const c = s.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Lower-cased for vocabulary lookups; most words are lower-case already and are returned as they are. */
function lowered(s: string): string {
  const code = s.charCodeAt(0);
  return code >= 97 && code <= 122 ? s : s.toLowerCase();
}

/** A word that can be part of a name: capitalised, and not all capitals unless it is short ("JD"). */
function isNameWord(token: Token): boolean {
  if (!token.word || !startsUpper(token.text)) return false;
  return token.text.length <= 2 || token.text !== token.text.toUpperCase();
}

interface NameSpan {
  words: string[];
  /** Last token of the name (before any possessive ending). */
  last: number;
}

/**
 * Reads up to `limit` name words from tokens[at], joined by single spaces: "Jean-Claude", "O'Brien",
 * initials "J.", particles "von der". Returns null when tokens[at] starts no name.
 */
function readName(tokens: readonly Token[], at: number, limit: number): NameSpan | null {
  const words: string[] = [];
  let i = at;
  let last = -1;
  while (i < tokens.length && words.length <= limit) {
    const t = tokens[i]!;
    if (i > at && t.gap !== 'space') break;
    const isParticle = t.word && NAME_PARTICLES.has(t.text) && words.length > 0;
    if (!isNameWord(t) && !isParticle) break;
    let j = i;
    let word = t.text;
    // Joined pieces: "Jean-Claude", "al-Sharaa", "O'Brien" (but not a possessive "'s").
    for (;;) {
      const mark = tokens[j + 1];
      const piece = tokens[j + 2];
      if (!mark || !piece || mark.gap !== 'none' || piece.gap !== 'none' || !piece.word) break;
      if (mark.text !== '-' && mark.text !== "'") break;
      if (mark.text === "'" && (piece.text === 's' || piece.text === 'S')) break;
      word += mark.text + piece.text;
      j += 2;
    }
    if (isParticle && word === t.text) {
      // A bare particle counts only when a name word follows it.
      const next = tokens[j + 1];
      if (!next || next.gap !== 'space' || !isNameWord(next)) break;
    }
    const dot = tokens[j + 1];
    if (t.text.length === 1 && j === i && dot && dot.gap === 'none' && dot.text === '.') {
      word += '.';
      j++;
    }
    words.push(word);
    last = j;
    i = j + 1;
  }
  if (words.length === 0) return null;
  return { words, last };
}

function isRoleWord(token: Token, lower: string): boolean {
  if (!ROLE_WORDS.has(lower)) return false;
  return !ROLE_WORDS_WHEN_CAPITALISED.has(lower) || startsUpper(token.text);
}

/** The role word at tokens[k] (with its abbreviation dot, "Sen."): the index of its last token, or -1. */
function roleAt(tokens: readonly Token[], k: number): number {
  const token = tokens[k]!;
  if (!token.word || token.text.length > MAX_ROLE_LENGTH) return -1;
  const lower = lowered(token.text);
  const dot = tokens[k + 1];
  if (dot && dot.gap === 'none' && dot.text === '.' && ROLE_WORDS.has(lower + '.')) return k + 1;
  return isRoleWord(token, lower) ? k : -1;
}

function fitsTitleWord(token: Token): boolean {
  if (!token.word) return false;
  const lower = token.text.toLowerCase();
  return TITLE_MODIFIERS.has(lower) || ROLE_WORDS.has(lower)
    || (startsUpper(token.text) && !NOT_TITLE_WORDS.has(lower));
}

/** Whether tokens[b..e], written without spaces, is one title word: "Kremlin", "U.S.", "vice-presidential". */
function compoundFits(tokens: readonly Token[], b: number, e: number): boolean {
  if (b === e) return fitsTitleWord(tokens[b]!);
  let dotted = true;
  let hyphenated = true;
  for (let i = b; i <= e; i++) {
    const t = tokens[i]!;
    if ((i - b) % 2 === 0) {
      if (!(t.word && t.text.length === 1 && startsUpper(t.text))) dotted = false;
      if (!t.word) hyphenated = false;
    } else {
      if (t.text !== '.') dotted = false;
      if (t.text !== '-') hyphenated = false;
    }
  }
  return dotted || (hyphenated && fitsTitleWord(tokens[e]!));
}

/** Walks back from the role word over the title's modifiers ("Kremlin", "U.S.", "Foreign", "campaign"). */
function titleStart(tokens: readonly Token[], k: number): number {
  let s = k;
  for (let words = 1; s > 0 && words < MAX_TITLE_WORDS; words++) {
    if (tokens[s]!.gap !== 'space') break;
    const e = s - 1;
    let b = e;
    while (b > 0 && e - b < 8 && tokens[b]!.gap === 'none') b--;
    if (!compoundFits(tokens, b, e)) break;
    s = b;
  }
  return s;
}

function matchesWords(tokens: readonly Token[], at: number, words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const t = tokens[at + i];
    if (!t || t.text !== words[i] || (i > 0 && t.gap !== 'space')) return false;
  }
  return true;
}

/** The index of the last token of "of <complement>" after the role word, or -1 when the title has none. */
function ofComplementEnd(tokens: readonly Token[], roleLast: number): number {
  const of = tokens[roleLast + 1];
  if (!of || of.gap !== 'space' || of.text !== 'of') return -1;
  let best = -1;
  for (const complement of OF_COMPLEMENTS) {
    const at = roleLast + 2;
    if (tokens[at]?.gap === 'space' && matchesWords(tokens, at, complement)) best = Math.max(best, at + complement.length - 1);
  }
  if (best >= 0) return best;
  // An unknown complement: a capitalised run whose last two words are the name.
  let end = roleLast + 1;
  while (tokens[end + 1]?.gap === 'space' && isNameWord(tokens[end + 1]!)) end++;
  return end - (roleLast + 1) >= 3 ? end - 2 : -1;
}

function anyCovered(covered: Uint8Array, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (covered[i]) return true;
  return false;
}

function isPersonName(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= MAX_NAME_WORDS && !words.some((w) => NOT_PERSON_WORDS.has(w.toLowerCase().replace(/\.$/, '')));
}

function surnameOfWords(words: readonly string[]): string {
  let i = words.length - 1;
  while (i > 0 && /^(Jr|Sr|II|III|IV)\.?$/.test(words[i]!)) i--;
  return words[i]!;
}

function mention(text: string, tokens: readonly Token[], first: number, nameLast: number, name: string, title?: string): Found {
  const possessiveLast = possessiveEnd(tokens, nameLast);
  const last = possessiveLast >= 0 ? possessiveLast : nameLast;
  const found: Found = {
    start: tokens[first]!.start, end: tokens[last]!.end, first, last,
    entity: null, name, kind: 'unlisted', possessive: possessiveLast >= 0, inQuote: tokens[first]!.inQuote,
  };
  if (title !== undefined) found.title = title;
  void text;
  return found;
}

/** An introduction at the role word tokens[k]: the name's mention, or null. */
function introductionAt(text: string, tokens: readonly Token[], k: number, covered: Uint8Array): Found | null {
  let roleLast = roleAt(tokens, k);
  if (roleLast < 0) return null;
  // Compound roles: "chief executive", "chief executive officer".
  for (let extra = 0; extra < 3 && tokens[roleLast + 1]?.gap === 'space'; extra++) {
    const next = roleAt(tokens, roleLast + 1);
    if (next < 0) break;
    roleLast = next;
  }
  const complementEnd = ofComplementEnd(tokens, roleLast);
  const titleLast = complementEnd >= 0 ? complementEnd : roleLast;
  const nameAt = titleLast + 1;
  if (tokens[nameAt]?.gap !== 'space') return null;
  const name = readName(tokens, nameAt, MAX_NAME_WORDS);
  if (!name || !isPersonName(name.words) || anyCovered(covered, nameAt, name.last)) return null;
  const first = titleStart(tokens, k);
  const title = collapseSpaces(text.slice(tokens[first]!.start, tokens[titleLast]!.end));
  return mention(text, tokens, nameAt, name.last, name.words.join(' '), title);
}

/** Finds unlisted people in one paragraph's tokens, adding introductions to the registry as it reads. */
export function findUnlisted(text: string, tokens: readonly Token[], covered: Uint8Array, registry: UnlistedRegistry): Found[] {
  const found: Found[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (!token.word || covered[k]) continue;
    const intro = introductionAt(text, tokens, k, covered);
    if (intro) {
      found.push(intro);
      registry.fullNames.set(intro.name, intro.name);
      registry.surnames.set(surnameOfWords(intro.name.split(' ')), intro.name);
      k = intro.last;
      continue;
    }
    if (registry.surnames.size === 0 || !isNameWord(token)) continue;
    const name = readName(tokens, k, MAX_NAME_WORDS + 2);
    if (!name || anyCovered(covered, k, name.last)) continue;
    const written = name.words.join(' ');
    const full = registry.fullNames.get(written);
    const person = full ?? (name.words.length === 1 ? registry.surnames.get(written) : undefined);
    if (person === undefined) continue;
    const ref = mention(text, tokens, k, name.last, person);
    found.push(ref);
    k = ref.last;
  }
  return found;
}
