// People who are not in the entity list, introduced by a title or role before a capitalised name of two
// to four words ("Kremlin aide Yuri Ushakov", "Sen. Elizabeth Warren"), and later references to them by
// full name or surname ("Ushakov said").
import {
  NAME_PARTICLES, NOT_PERSON_WORDS, NOT_TITLE_WORDS, OF_COMPLEMENTS, ROLE_WORDS, TITLE_MODIFIERS,
} from '../vocabulary/titles';
import { collapseSpaces, possessiveEnd, type Found } from './found';
import { hashWord, IntSet } from './hash';
import { addHashBit, mayHaveHash, newHashBits, type HashBits } from './hash-bits';
import { GAP_NONE, GAP_SPACE, isWordCodePoint, startsUpper, type Tokens } from './tokens';
import { WATCH_CAPITAL, WATCH_ROLE } from './watch';
import { work } from './work';

/** Role words that are also everyday words; they introduce a name only when capitalised ("Gen.", "Justice"). */
const ROLE_WORDS_WHEN_CAPITALISED = new Set(['major', 'general', 'justice', 'speaker', 'doctor', 'head', 'partner', 'owner', 'chair', 'king', 'queen', 'prince', 'princess']);

const MAX_TITLE_WORDS = 6;
const MAX_NAME_WORDS = 4;
/** Pieces of one name word joined by hyphens or apostrophes ("Jean-Claude", "O'Brien"), times two. */
const MAX_NAME_PIECES = 8;

/** A role word's first token as it may be written, and what it is at a token written so. */
interface RoleForm {
  text: string;
  /** A role followed by a dot ("Sen."). */
  dotted: boolean;
  /** A role by itself (some only when capitalised). */
  plain: boolean;
}

/** Hashes of role words as they may be written (lower-case, capitalised, capitals; without a final dot). */
export const ROLE_HASHES = new IntSet();
/** The forms by hash, so a role word is confirmed in place and decided without making its string. */
const ROLE_FORMS = new Map<number, RoleForm[]>();
for (const role of ROLE_WORDS) {
  const word = role.endsWith('.') ? role.slice(0, -1) : role;
  const piece = firstPiece(word);
  for (const text of [piece, piece.charAt(0).toUpperCase() + piece.slice(1), piece.toUpperCase()]) {
    const hash = hashWord(text);
    ROLE_HASHES.add(hash);
    const forms = ROLE_FORMS.get(hash) ?? [];
    if (!forms.some((f) => f.text === text)) forms.push(roleForm(text));
    ROLE_FORMS.set(hash, forms);
  }
}

function roleForm(text: string): RoleForm {
  const lower = lowered(text);
  const plain = ROLE_WORDS.has(lower) && (!ROLE_WORDS_WHEN_CAPITALISED.has(lower) || startsUpper(text));
  return { text, dotted: ROLE_WORDS.has(lower + '.'), plain };
}

/** Hashes of the name particles, so the word after a name is ruled out without making its string. */
const PARTICLE_HASHES = new IntSet();
for (const particle of NAME_PARTICLES) PARTICLE_HASHES.add(hashWord(particle));

/** The first token of a name word ("Jean" of "Jean-Claude"), as Tokens would split it. */
function firstPiece(word: string): string {
  let end = 0;
  while (end < word.length) {
    const cp = word.codePointAt(end)!;
    if (!isWordCodePoint(cp)) break;
    end += cp > 0xffff ? 2 : 1;
  }
  return end === 0 ? word : word.slice(0, end);
}

/** A spelling the registry knows: a full name or a surname, and the person it refers to. */
interface KnownName {
  spelling: string;
  person: string;
  /** The next known spelling with the same hash. */
  next: KnownName | undefined;
}

/** Unlisted people introduced so far in the document. */
export interface UnlistedRegistry {
  /**
   * Full names ("Yuri Ushakov", each its own person) and surnames (→ the full name of the person last
   * introduced with it), by the hash of the spelling: a name read from the tokens is looked up and
   * confirmed in place, without making its string. A full name has a space, a surname none, so the
   * two never meet.
   */
  known: Map<number, KnownName>;
  /** Hashes of the first token of every registered full name and surname. */
  firstHashes: IntSet;
  /** The same hashes as bits: most capitalised words start no known name, and one load rules them out. */
  firstBits: HashBits;
}

export function newUnlistedRegistry(): UnlistedRegistry {
  return { known: new Map(), firstHashes: new IntSet(), firstBits: newHashBits() };
}

/**
 * The key of a spelling's hash in `known`: 30 of its bits, a number V8 keeps as a small integer (a
 * full 32-bit hash would be boxed on every lookup). Spellings are compared in place anyway.
 */
function knownKey(hash: number): number {
  return hash >>> 2;
}

function know(registry: UnlistedRegistry, spelling: string, person: string): void {
  const hash = knownKey(hashWord(spelling));
  const first = registry.known.get(hash);
  for (let known = first; known; known = known.next) {
    if (known.spelling === spelling) {
      known.person = person;
      return;
    }
  }
  registry.known.set(hash, { spelling, person, next: first });
}

function register(registry: UnlistedRegistry, name: string): void {
  const words = name.split(' ');
  const surname = surnameOfWords(words);
  know(registry, surname, name);
  know(registry, name, name);
  addFirstHash(registry, hashWord(firstPiece(words[0]!)));
  addFirstHash(registry, hashWord(firstPiece(surname)));
}

function addFirstHash(registry: UnlistedRegistry, hash: number): void {
  registry.firstHashes.add(hash);
  addHashBit(registry.firstBits, hash);
}

/** Whether a known name may start with a word of this hash. */
function mayStartKnown(registry: UnlistedRegistry, hash: number): boolean {
  return mayHaveHash(registry.firstBits, hash) && registry.firstHashes.has(hash);
}

/** The person a name read at tokens first..last refers to, if the registry knows its spelling. */
function knownPerson(registry: UnlistedRegistry, tokens: Tokens, first: number, last: number): string | undefined {
  for (let known = registry.known.get(knownKey(spellingHash(tokens, first, last))); known; known = known.next) {
    if (spells(tokens, first, last, known.spelling)) return known.person;
  }
  return undefined;
}

/** Lower-cased for vocabulary lookups; most words are lower-case already and are returned as they are. */
function lowered(s: string): string {
  const code = s.charCodeAt(0);
  return code >= 97 && code <= 122 ? s : s.toLowerCase();
}

/** A word that can be part of a name: capitalised, and not all capitals unless it is short ("JD"). */
function isNameWord(tokens: Tokens, i: number): boolean {
  if (!tokens.isWord(i)) return false;
  const source = tokens.source;
  const start = tokens.start(i);
  const end = tokens.end(i);
  const first = source.charCodeAt(start);
  if (first < 128 ? first < 65 || first > 90 : !startsUpper(source.charAt(start))) return false;
  if (end - start <= 2) return true;
  // Not all capitals: some later letter is lower-case.
  for (let j = start + 1; j < end; j++) {
    const c = source.charCodeAt(j);
    if (c < 128 ? c >= 97 && c <= 122 : source.charAt(j) !== source.charAt(j).toUpperCase()) return true;
  }
  return false;
}

/**
 * The name read last: the first token of each of its words ("Jean-Claude" and "J." are one word each),
 * and its last token. Every capitalised word that may start a known name is read, so one record serves
 * them all, and the words stay tokens until a name is found; callers use it before the next read.
 */
const nameRead = { wordFirsts: new Int32Array(MAX_NAME_WORDS + 3), count: 0, last: -1 };

/** Whether token `i` is one character, `code`; punctuation tokens are single characters. */
function isChar(tokens: Tokens, i: number, code: number): boolean {
  return tokens.end(i) - tokens.start(i) === 1 && tokens.source.charCodeAt(tokens.start(i)) === code;
}

/** Apostrophe-like marks read as "'", as Tokens' text gives them. */
function spellingCode(c: number): number {
  return c === 0x2019 || c === 0x2018 || c === 0x02bc ? 39 : c;
}

/**
 * Reads up to `limit` name words from token `at` into `nameRead`: "Jean-Claude", "O'Brien", initials
 * "J.", particles "von der". Returns the last token of the name (before any possessive ending), or -1
 * when token `at` starts no name. Compares characters in place: most names read are no one's.
 */
function readName(tokens: Tokens, at: number, limit: number): number {
  const words = nameRead.wordFirsts;
  let count = 0;
  let i = at;
  let last = -1;
  while (i < tokens.length && count <= limit) {
    if (i > at && tokens.gap(i) !== GAP_SPACE) break;
    const isParticle = tokens.isWord(i) && count > 0 && PARTICLE_HASHES.has(tokens.hashes[i]!) && NAME_PARTICLES.has(tokens.text(i));
    if (!isParticle && !isNameWord(tokens, i)) break;
    let j = i;
    // Joined pieces: "Jean-Claude", "al-Sharaa", "O'Brien" (but not a possessive "'s").
    while (j - i < MAX_NAME_PIECES && j + 2 < tokens.length && tokens.gap(j + 1) === GAP_NONE && tokens.gap(j + 2) === GAP_NONE && tokens.isWord(j + 2)) {
      work.steps++;
      const mark = spellingCode(tokens.source.charCodeAt(tokens.start(j + 1)));
      if (mark !== 45 /* - */ && mark !== 39 /* ' */) break;
      if (mark === 39 && (isChar(tokens, j + 2, 115 /* s */) || isChar(tokens, j + 2, 83 /* S */))) break;
      j += 2;
    }
    if (isParticle && j === i) {
      // A bare particle counts only when a name word follows it.
      if (j + 1 >= tokens.length || tokens.gap(j + 1) !== GAP_SPACE || !isNameWord(tokens, j + 1)) break;
    }
    const initialOrSuffix = j === i && (tokens.end(i) - tokens.start(i) === 1 || tokens.textIs(i, 'Jr') || tokens.textIs(i, 'Sr'));
    if (initialOrSuffix && j + 1 < tokens.length && tokens.gap(j + 1) === GAP_NONE && isChar(tokens, j + 1, 46 /* . */)) j++;
    words[count++] = i;
    work.steps++;
    last = j;
    i = j + 1;
  }
  nameRead.count = count;
  nameRead.last = last;
  return last;
}

/** Word `w` of the name read last, as written ("Jean-Claude", "J."). */
function nameWord(tokens: Tokens, w: number): string {
  const first = nameRead.wordFirsts[w]!;
  const last = w + 1 < nameRead.count ? nameRead.wordFirsts[w + 1]! - 1 : nameRead.last;
  let word = tokens.text(first);
  for (let t = first + 1; t <= last; t++) word += tokens.text(t);
  return word;
}

/** The name at tokens first..last: its words joined by single spaces. */
function nameText(tokens: Tokens, first: number, last: number): string {
  let name = tokens.text(first);
  for (let t = first + 1; t <= last; t++) name += tokens.gap(t) === GAP_SPACE ? ' ' + tokens.text(t) : tokens.text(t);
  return name;
}

/** hashWord of the name at tokens first..last as `nameText` spells it, computed on the source. */
function spellingHash(tokens: Tokens, first: number, last: number): number {
  const source = tokens.source;
  let hash = 0x811c9dc5 | 0;
  for (let t = first; t <= last; t++) {
    if (t > first && tokens.gap(t) === GAP_SPACE) hash = Math.imul(hash ^ 32, 0x01000193);
    const end = tokens.end(t);
    for (let c = tokens.start(t); c < end; c++) hash = Math.imul(hash ^ spellingCode(source.charCodeAt(c)), 0x01000193);
  }
  return hash;
}

/** Whether `nameText` of tokens first..last would be `spelling`, compared in place. */
function spells(tokens: Tokens, first: number, last: number, spelling: string): boolean {
  const source = tokens.source;
  let p = 0;
  for (let t = first; t <= last; t++) {
    if (t > first && tokens.gap(t) === GAP_SPACE && spelling.charCodeAt(p++) !== 32) return false;
    const end = tokens.end(t);
    for (let c = tokens.start(t); c < end; c++) if (spelling.charCodeAt(p++) !== spellingCode(source.charCodeAt(c))) return false;
  }
  return p === spelling.length;
}

/**
 * The role word at token k (with its abbreviation dot, "Sen."): the index of its last token, or -1. A
 * word with a role's hash that is none of its forms is another word.
 */
function roleAt(tokens: Tokens, k: number): number {
  const hash = tokens.hashes[k]!;
  if (!tokens.isWord(k) || !ROLE_HASHES.has(hash)) return -1;
  const forms = ROLE_FORMS.get(hash);
  if (forms) {
    for (const form of forms) {
      if (!tokens.textIs(k, form.text)) continue;
      if (form.dotted && k + 1 < tokens.length && tokens.gap(k + 1) === GAP_NONE && isChar(tokens, k + 1, 46 /* . */)) return k + 1;
      return form.plain ? k : -1;
    }
  }
  return -1;
}

/** Hashes of the words that fit a title in any case (modifiers, roles), and of those that never do. */
const TITLE_WORD_HASHES = new IntSet();
for (const word of TITLE_MODIFIERS) TITLE_WORD_HASHES.add(hashWord(word));
for (const word of ROLE_WORDS) TITLE_WORD_HASHES.add(hashWord(word));
const NOT_TITLE_HASHES = new IntSet();
for (const word of NOT_TITLE_WORDS) NOT_TITLE_HASHES.add(hashWord(word));

/**
 * hashWord of tokens first..last (one word: "Jean-Claude") lower-cased, computed on the source; 0
 * when they have a character beyond ASCII.
 */
function asciiLowerHash(tokens: Tokens, first: number, last: number): number {
  const source = tokens.source;
  let hash = 0x811c9dc5 | 0;
  for (let t = first; t <= last; t++) {
    const end = tokens.end(t);
    for (let c = tokens.start(t); c < end; c++) {
      const code = source.charCodeAt(c);
      if (code >= 128) return 0;
      hash = Math.imul(hash ^ (code >= 65 && code <= 90 ? code + 32 : code), 0x01000193);
    }
  }
  return hash;
}

/**
 * Whether word `i` may be part of a title: a modifier or role word, or another capitalised word that
 * never opens a clause. Decided by hash for ASCII words: only a possible vocabulary word is made a string.
 */
function fitsTitleWord(tokens: Tokens, i: number): boolean {
  if (!tokens.isWord(i)) return false;
  const lowerHash = asciiLowerHash(tokens, i, i);
  if (lowerHash === 0) return fitsTitle(tokens.text(i));
  const first = tokens.source.charCodeAt(tokens.start(i));
  const capitalised = first >= 65 && first <= 90;
  if (TITLE_WORD_HASHES.has(lowerHash) || (capitalised && NOT_TITLE_HASHES.has(lowerHash))) return fitsTitle(tokens.text(i));
  return capitalised;
}

function fitsTitle(text: string): boolean {
  const lower = text.toLowerCase();
  return TITLE_MODIFIERS.has(lower) || ROLE_WORDS.has(lower) || (startsUpper(text) && !NOT_TITLE_WORDS.has(lower));
}

/** Whether tokens b..e, written without spaces, are one title word: "Kremlin", "U.S.", "vice-presidential". */
function compoundFits(tokens: Tokens, b: number, e: number): boolean {
  if (b === e) return fitsTitleWord(tokens, b);
  let dotted = true;
  let hyphenated = true;
  for (let i = b; i <= e; i++) {
    const text = tokens.text(i);
    if ((i - b) % 2 === 0) {
      if (!(tokens.isWord(i) && text.length === 1 && startsUpper(text))) dotted = false;
      if (!tokens.isWord(i)) hyphenated = false;
    } else {
      if (text !== '.') dotted = false;
      if (text !== '-') hyphenated = false;
    }
  }
  return dotted || (hyphenated && fitsTitleWord(tokens, e));
}

/** The first token of the word written without spaces that ends at token e ("U.S.", "vice-presidential"). */
function compoundStart(tokens: Tokens, e: number): number {
  let b = e;
  while (b > 0 && e - b < 8 && tokens.gap(b) === GAP_NONE) b--;
  work.steps += e - b + 1;
  return b;
}

/** Walks back from the role word over the title's modifiers ("Kremlin", "U.S.", "Foreign", "campaign"). */
function titleStart(tokens: Tokens, k: number): number {
  let s = k;
  for (let words = 1; s > 0 && words < MAX_TITLE_WORDS; words++) {
    if (tokens.gap(s) !== GAP_SPACE) break;
    const b = compoundStart(tokens, s - 1);
    if (!compoundFits(tokens, b, s - 1)) break;
    s = b;
  }
  return s;
}

function matchesWords(tokens: Tokens, at: number, words: readonly string[]): boolean {
  if (at + words.length > tokens.length) return false;
  for (let i = 0; i < words.length; i++) {
    if (tokens.gap(at + i) !== GAP_SPACE || !tokens.textIs(at + i, words[i]!)) return false;
  }
  return true;
}

/** The index of the last token of "of <complement>" after the role word, or -1 when the title has none. */
function ofComplementEnd(tokens: Tokens, roleLast: number, allowUnknown: boolean): number {
  const of = roleLast + 1;
  if (of >= tokens.length || tokens.gap(of) !== GAP_SPACE || !tokens.textIs(of, 'of')) return -1;
  let best = -1;
  for (const complement of OF_COMPLEMENTS) {
    if (matchesWords(tokens, of + 1, complement)) best = Math.max(best, of + complement.length);
  }
  if (best >= 0 || !allowUnknown) return best;
  // An unknown complement: a capitalised run whose last two words are the name.
  let end = of;
  while (end + 1 < tokens.length && end - of < 8 && tokens.gap(end + 1) === GAP_SPACE && isNameWord(tokens, end + 1)) end++;
  return end - of >= 3 ? end - 2 : -1;
}

function anyCovered(covered: Uint8Array, first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (covered[i]) return true;
  return false;
}

/** Hashes of the words, lower-case, that show a capitalised run is not a person's name. */
const NOT_NAME_HASHES = new IntSet();
for (const word of NOT_PERSON_WORDS) NOT_NAME_HASHES.add(hashWord(word));
for (const word of NOT_TITLE_WORDS) NOT_NAME_HASHES.add(hashWord(word));

/**
 * The name read last has two to four words, none of them a date, an institution's word or a function
 * word, and does not end in an initial ("J.").
 */
function isPersonName(tokens: Tokens): boolean {
  const count = nameRead.count;
  if (count < 2 || count > MAX_NAME_WORDS) return false;
  const lastFirst = nameRead.wordFirsts[count - 1]!;
  if (nameRead.last === lastFirst + 1 && tokens.end(lastFirst) - tokens.start(lastFirst) === 1) return false;
  for (let w = 0; w < count; w++) {
    if (!mayBeNotNameWord(tokens, w)) continue;
    const word = nameWord(tokens, w);
    const lower = (word.endsWith('.') ? word.slice(0, -1) : word).toLowerCase();
    if (NOT_PERSON_WORDS.has(lower) || NOT_TITLE_WORDS.has(lower)) return false;
  }
  return true;
}

/** Whether word `w` of the name read last may be a word no name has; decided by hash for ASCII words. */
function mayBeNotNameWord(tokens: Tokens, w: number): boolean {
  const first = nameRead.wordFirsts[w]!;
  let last = w + 1 < nameRead.count ? nameRead.wordFirsts[w + 1]! - 1 : nameRead.last;
  // Without its dot ("Gen." is "gen").
  if (last > first && isChar(tokens, last, 46 /* . */)) last--;
  const lowerHash = asciiLowerHash(tokens, first, last);
  return lowerHash === 0 || NOT_NAME_HASHES.has(lowerHash);
}

/** "… of Terrorism": a capitalised phrase that goes on with "of" is an institution or a law, not a person. */
function continuesWithOf(tokens: Tokens, last: number): boolean {
  return last + 2 < tokens.length && tokens.gap(last + 1) === GAP_SPACE && tokens.textIs(last + 1, 'of')
    && tokens.gap(last + 2) === GAP_SPACE && isNameWord(tokens, last + 2);
}

/** Words after a surname: "Jr", "Sr", "II", "III", "IV", with or without a dot. */
const NAME_SUFFIXES = new Set(['Jr', 'Sr', 'II', 'III', 'IV', 'Jr.', 'Sr.', 'II.', 'III.', 'IV.']);

function surnameOfWords(words: readonly string[]): string {
  let i = words.length - 1;
  while (i > 0 && NAME_SUFFIXES.has(words[i]!)) i--;
  return words[i]!;
}

function mention(tokens: Tokens, first: number, nameLast: number, name: string, title?: string): Found {
  const possessiveLast = possessiveEnd(tokens, nameLast);
  const last = possessiveLast >= 0 ? possessiveLast : nameLast;
  const found: Found = {
    start: tokens.start(first), end: tokens.end(last), first, last,
    entity: null, name, kind: 'unlisted', possessive: possessiveLast >= 0, inQuote: tokens.inQuote(first),
  };
  if (title !== undefined) found.title = title;
  return found;
}

/**
 * The last token of a title whose first role word ends at `roleLast`: compound roles ("chief
 * executive officer") and "of <complement>" ("Secretary of State"); an unknown complement only when
 * a name follows.
 */
function titleEnd(tokens: Tokens, roleLast: number, nameFollows: boolean): number {
  let last = roleLast;
  for (let extra = 0; extra < 3 && last + 1 < tokens.length && tokens.gap(last + 1) === GAP_SPACE; extra++) {
    const next = roleAt(tokens, last + 1);
    if (next < 0) break;
    last = next;
  }
  const complementEnd = ofComplementEnd(tokens, last, nameFollows);
  return complementEnd >= 0 ? complementEnd : last;
}

/** An introduction at the role word k, whose role ends at `roleLast`: the name's mention, or null. */
function introductionAt(tokens: Tokens, k: number, roleLast: number, covered: Uint8Array): Found | null {
  const titleLast = titleEnd(tokens, roleLast, true);
  const nameAt = titleLast + 1;
  if (nameAt >= tokens.length || tokens.gap(nameAt) !== GAP_SPACE) return null;
  const nameLast = readName(tokens, nameAt, MAX_NAME_WORDS);
  if (nameLast < 0 || !isPersonName(tokens) || anyCovered(covered, nameAt, nameLast) || continuesWithOf(tokens, nameLast)) return null;
  const first = titleStart(tokens, k);
  const title = collapseSpaces(tokens.source.slice(tokens.start(first), tokens.end(titleLast)));
  return mention(tokens, nameAt, nameLast, nameText(tokens, nameAt, nameLast), title);
}

function isArticle(tokens: Tokens, i: number): boolean {
  return tokens.textIs(i, 'the') || tokens.textIs(i, 'a') || tokens.textIs(i, 'an');
}

/**
 * Whether the title of the role word k may start right after a comma and an article (", a Kremlin
 * aide"), the name ending after `emittedUntil`. Walks back over the same words as titleStart without
 * asking whether they fit a title: most role words are not in apposition, and this rules them out
 * cheaply.
 */
function mayFollowArticle(tokens: Tokens, k: number, emittedUntil: number): boolean {
  let s = k;
  for (let words = 1; ; words++) {
    if (s - 3 > emittedUntil && tokens.gap(s) === GAP_SPACE && tokens.gap(s - 1) === GAP_SPACE && isArticle(tokens, s - 1)
      && tokens.gap(s - 2) === GAP_NONE && isChar(tokens, s - 2, 44 /* , */)) return true;
    if (s <= 0 || words >= MAX_TITLE_WORDS || tokens.gap(s) !== GAP_SPACE) return false;
    s = compoundStart(tokens, s - 1);
  }
}

/**
 * A name followed by its role in apposition: "Yuri Ushakov, a Kremlin aide", "Jane Doe, the
 * spokeswoman for …", found from the role word k. The title is the role without its article.
 */
function appositiveBefore(tokens: Tokens, k: number, roleLast: number, covered: Uint8Array, emittedUntil: number): Found | null {
  if (!mayFollowArticle(tokens, k, emittedUntil)) return null;
  const first = titleStart(tokens, k);
  const article = first - 1;
  const comma = first - 2;
  const nameLast = first - 3;
  if (nameLast <= emittedUntil || tokens.gap(first) !== GAP_SPACE || tokens.gap(article) !== GAP_SPACE
    || !isArticle(tokens, article) || tokens.gap(comma) !== GAP_NONE || !isChar(tokens, comma, 44 /* , */)) return null;
  // The earliest start from which two to four name words run up to the comma.
  for (let b = Math.max(emittedUntil + 1, nameLast - 3 * MAX_NAME_WORDS); b <= nameLast; b++) {
    if ((b > 0 && tokens.gap(b) === GAP_NONE) || !isNameWord(tokens, b)) continue;
    if (readName(tokens, b, MAX_NAME_WORDS) !== nameLast || !isPersonName(tokens) || anyCovered(covered, b, nameLast)) continue;
    const title = collapseSpaces(tokens.source.slice(tokens.start(first), tokens.end(titleEnd(tokens, roleLast, false))));
    return mention(tokens, b, nameLast, nameText(tokens, b, nameLast), title);
  }
  return null;
}

/**
 * Appends the unlisted people in one paragraph's tokens to `found`, adding introductions to the registry
 * as it reads.
 */
export function findUnlisted(tokens: Tokens, covered: Uint8Array, registry: UnlistedRegistry, found: Found[]): void {
  let skipUntil = -1;
  // The arrays in locals: read through `tokens` they are reloaded after every call in the loop.
  const hits = tokens.hits;
  const marksOf = tokens.marks;
  const hashes = tokens.hashes;
  for (let h = 0; h < tokens.hitCount; h++) {
    const k = hits[h]!;
    const marks = marksOf[k]!;
    if (k <= skipUntil || (marks & (WATCH_ROLE | WATCH_CAPITAL)) === 0 || covered[k]) continue;
    const roleLast = (marks & WATCH_ROLE) !== 0 ? roleAt(tokens, k) : -1;
    if (roleLast >= 0) {
      const intro = introductionAt(tokens, k, roleLast, covered) ?? appositiveBefore(tokens, k, roleLast, covered, skipUntil);
      if (intro) {
        found.push(intro);
        register(registry, intro.name);
        skipUntil = Math.max(skipUntil, intro.last);
        continue;
      }
    }
    if ((marks & WATCH_CAPITAL) === 0 || !mayStartKnown(registry, hashes[k]!) || !isNameWord(tokens, k)) continue;
    const nameLast = readName(tokens, k, MAX_NAME_WORDS + 2);
    if (nameLast < 0 || anyCovered(covered, k, nameLast)) continue;
    const person = knownPerson(registry, tokens, k, nameLast);
    if (person === undefined) continue;
    const ref = mention(tokens, k, nameLast, person);
    found.push(ref);
    skipUntil = ref.last;
  }
}
