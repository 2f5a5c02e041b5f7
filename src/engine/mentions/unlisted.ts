// People who are not in the entity list, introduced by a title or role before a capitalised name of two
// to four words ("Kremlin aide Yuri Ushakov", "Sen. Elizabeth Warren"), and later references to them by
// full name or surname ("Ushakov said").
import { NOT_TITLE_WORDS, OF_COMPLEMENTS, ROLE_WORDS, TITLE_MODIFIERS } from '../vocabulary/titles';
import { collapseWhitespace } from '../text/spacing';
import { possessiveEnd, takeFound, type Found } from './found';
import { hashWord, IntMap, IntSet } from './hash';
import { addHashBit, mayHaveHash, newHashBits } from './hash-bits';
import { knownPerson, mayStartKnown, register, type UnlistedRegistry } from './known-people';
import {
  asciiLowerHash, firstPiece, isChar, isNameWord, isPersonName, MAX_NAME_WORDS, nameText, readName,
} from './names';
import { Flag, GAP_NONE, GAP_SPACE, startsUpper, type Tokens } from './tokens';
import { WATCH_CAPITAL, WATCH_ROLE } from './watch';
import { work } from './work';

/** Role words that are also everyday words; they introduce a name only when capitalised ("Gen.", "Justice"). */
const ROLE_WORDS_WHEN_CAPITALISED = new Set(['major', 'general', 'justice', 'speaker', 'doctor', 'head', 'partner', 'owner', 'chair', 'king', 'queen', 'prince', 'princess']);

const MAX_TITLE_WORDS = 6;

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
const ROLE_FORMS = new IntMap<RoleForm[]>();
/** The same hashes as bits: most words after a role word are none, and one load rules them out. */
const ROLE_BITS = newHashBits();
for (const role of ROLE_WORDS) {
  const word = role.endsWith('.') ? role.slice(0, -1) : role;
  const piece = firstPiece(word);
  for (const text of [piece, piece.charAt(0).toUpperCase() + piece.slice(1), piece.toUpperCase()]) {
    const hash = hashWord(text);
    ROLE_HASHES.add(hash);
    addHashBit(ROLE_BITS, hash);
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

/** Lower-cased for vocabulary lookups; most words are lower-case already and are returned as they are. */
function lowered(s: string): string {
  const code = s.charCodeAt(0);
  return code >= 97 && code <= 122 ? s : s.toLowerCase();
}

/**
 * The role word at token k (with its abbreviation dot, "Sen."): the index of its last token, or -1. A
 * word with a role's hash that is none of its forms is another word.
 */
function roleAt(tokens: Tokens, k: number): number {
  const hash = tokens.hashes[k]!;
  if (!tokens.isWord(k) || !mayHaveHash(ROLE_BITS, hash)) return -1;
  const forms = ROLE_FORMS.get(hash);
  if (forms) {
    for (let f = 0; f < forms.length; f++) {
      const form = forms[f]!;
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
  for (let c = 0; c < OF_COMPLEMENTS.length; c++) {
    const complement = OF_COMPLEMENTS[c]!;
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

/** "… of Terrorism": a capitalised phrase that goes on with "of" is an institution or a law, not a person. */
function continuesWithOf(tokens: Tokens, last: number): boolean {
  return last + 2 < tokens.length && tokens.gap(last + 1) === GAP_SPACE && tokens.textIs(last + 1, 'of')
    && tokens.gap(last + 2) === GAP_SPACE && isNameWord(tokens, last + 2);
}

function mention(tokens: Tokens, first: number, nameLast: number, name: string, title?: string): Found {
  const possessiveLast = possessiveEnd(tokens, nameLast);
  const last = possessiveLast >= 0 ? possessiveLast : nameLast;
  return takeFound(tokens.start(first), tokens.end(last), first, last, null, name, 'unlisted', possessiveLast >= 0, tokens.inQuote(first), title, undefined);
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
  // Most role words are followed by a word that neither goes on with the title (a role word, "of") nor
  // starts a name ("the president said"): ruled out before the title is read.
  const after = roleLast + 1;
  if (after >= tokens.length || tokens.gap(after) !== GAP_SPACE) return null;
  if ((tokens.marks(after) & WATCH_ROLE) === 0 && !tokens.textIs(after, 'of') && !isNameWord(tokens, after)) return null;
  const titleLast = titleEnd(tokens, roleLast, true);
  const nameAt = titleLast + 1;
  if (nameAt >= tokens.length || tokens.gap(nameAt) !== GAP_SPACE) return null;
  const nameLast = readName(tokens, nameAt, MAX_NAME_WORDS);
  if (nameLast < 0 || !isPersonName(tokens) || anyCovered(covered, nameAt, nameLast) || continuesWithOf(tokens, nameLast)) return null;
  const first = titleStart(tokens, k);
  const title = collapseWhitespace(tokens.source.slice(tokens.start(first), tokens.end(titleLast)));
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
    // The comma first: one character, where the article is three words to compare.
    if (s - 3 > emittedUntil && tokens.gap(s) === GAP_SPACE && tokens.gap(s - 1) === GAP_SPACE && tokens.gap(s - 2) === GAP_NONE
      && isChar(tokens, s - 2, 44 /* , */) && isArticle(tokens, s - 1)) return true;
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
    const title = collapseWhitespace(tokens.source.slice(tokens.start(first), tokens.end(titleEnd(tokens, roleLast, false))));
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
  const flags = tokens.flags;
  const hashes = tokens.hashes;
  for (let h = 0; h < tokens.hitCount; h++) {
    const k = hits[h]!;
    const marks = flags[k]! >> Flag.MarksShift;
    if (k <= skipUntil || (marks & (WATCH_ROLE | WATCH_CAPITAL)) === 0 || covered[k]) continue;
    const roleLast = (marks & WATCH_ROLE) !== 0 ? roleAt(tokens, k) : -1;
    if (roleLast >= 0) {
      const intro = introductionAt(tokens, k, roleLast, covered) ?? appositiveBefore(tokens, k, roleLast, covered, skipUntil);
      if (intro) {
        found.push(intro);
        // The introduction's name is the name read last.
        register(registry, tokens, intro.name);
        skipUntil = Math.max(skipUntil, intro.last);
        continue;
      }
    }
    if ((marks & WATCH_CAPITAL) === 0 || !mayStartKnown(registry, hashes[k]!)) continue;
    const nameLast = readName(tokens, k, MAX_NAME_WORDS + 2);
    if (nameLast < 0 || anyCovered(covered, k, nameLast)) continue;
    const person = knownPerson(registry, tokens, k, nameLast);
    if (person === undefined) continue;
    const ref = mention(tokens, k, nameLast, person);
    found.push(ref);
    skipUntil = ref.last;
  }
}
