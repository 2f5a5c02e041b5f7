// Where a reference to a person stands: in a headline, or after a first name that is not theirs.
import type { AnalysisContext } from '../context';
import type { Mention } from '../types';
import { ROLE_WORDS, TITLE_MODIFIERS } from '../vocabulary/titles';

/** Capitalized words that open sentences or clauses and are not given names. */
const NOT_GIVEN_NAMES: ReadonlySet<string> = new Set([
  'a', 'about', 'after', 'against', 'also', 'although', 'an', 'and', 'as', 'at', 'because', 'before', 'but',
  'by', 'despite', 'did', 'does', 'during', 'earlier', 'even', 'for', 'former', 'from', 'had', 'has', 'have',
  'how', 'if', 'in', 'is', 'later', 'like', 'meanwhile', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame',
  'lord', 'lady', 'now', 'of', 'on', 'only', 'or', 'since', 'so', 'still', 'that', 'the', 'then', 'there',
  'though', 'to', 'today', 'under', 'unlike', 'was', 'what', 'when', 'where', 'while', 'who', 'why', 'will',
  'with', 'without', 'would', 'yesterday', 'yet', 'said', 'says', 'told', 'asked', 'added', 'according',
]);

/**
 * The capitalized word right before `start` (same line) when it looks like somebody's first name,
 * skipping middle initials ("Donald J. Trump"), else null. "John" in "John Lewis" tells that this
 * Lewis may be another person than a listed Simon Lewis.
 */
export function givenNameBefore(text: string, start: number): string | null {
  let cursor = start;
  for (let words = 0; words < 3; words++) {
    let end = cursor;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
    if (end === cursor || end === 0) return null;
    // A middle initial: one capital and a stop ("J.").
    if (text[end - 1] === '.' && end >= 2 && /\p{Lu}/u.test(text[end - 2]) && (end === 2 || /\s/.test(text[end - 3]))) {
      cursor = end - 2;
      continue;
    }
    let begin = end;
    // A word of letters, apostrophes and hyphens ("Jean-Luc", "D'Angelo"); 40 is plenty for a name.
    while (begin > 0 && end - begin < 40 && /[\p{L}\p{M}'’-]/u.test(text[begin - 1])) begin--;
    const word = text.slice(begin, end);
    if (!/^\p{Lu}\p{Ll}/u.test(word)) return null; // "Mr." ends in a stop; "U.S." and "NATO" are not names
    const lower = word.toLowerCase();
    return NOT_GIVEN_NAMES.has(lower) || ROLE_WORDS.has(lower) || TITLE_MODIFIERS.has(lower) ? null : word;
  }
  return null;
}

/** "Trump Place", "Trump Tower": a capitalized word right after the surname makes it part of a name. */
export function partOfLongerName(text: string, end: number): boolean {
  let next = end;
  while (next < text.length && (text[next] === ' ' || text[next] === '\u00a0')) next++;
  return next > end && next < text.length && /\p{Lu}/u.test(text[next]) && /\p{Ll}/u.test(text[next + 1] ?? '');
}

/**
 * True for a mention in a headline: a heading (in markdown, or a plain-text draft's headline, which
 * prose/headline.ts tells apart), or, leniently, any short first paragraph of plain text (20 words at
 * most, or up to 25 without a full stop at the end or with most words capitalized): a lede that short
 * stays a claim, but a surname in it is more likely a headline's than a slip. Headlines use surnames
 * by convention, so they neither break nor satisfy the first-reference rule.
 */
export function inHeadline(ctx: AnalysisContext, mention: Mention): boolean {
  const sentences = ctx.sentences;
  const index = mention.sentence >= 0 && mention.sentence < sentences.length ? sentences.paragraphs[mention.sentence]! : -1;
  const paragraphs = ctx.prose.paragraphs;
  if (index < 0 || index >= paragraphs.length) return false;
  if (paragraphs.blocks[index] === 'heading') return true;
  if (ctx.kind !== 'plaintext' || index !== 0) return false;
  const start = paragraphs.starts[index]!;
  const end = paragraphs.ends[index]!;
  if (end - start > 240) return false; // checked before slicing: cheap per mention
  const line = ctx.text.slice(start, end);
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 25) return false;
  // A lede is a full sentence of 25 words or more; a short first line stands above the story.
  if (words.length <= 20 || !/[.!?]["”’']?$/.test(line.trim())) return true;
  const capitalized = words.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return capitalized / words.length >= 0.6;
}

const DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'those', 'any', 'every', 'no', 'another', 'each']);

/** "a Trump presidency", "the Trump campaign": a surname after a determiner is used as a modifier. */
export function afterDeterminer(text: string, start: number): boolean {
  let end = start;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0')) end--;
  if (end === start) return false;
  let begin = end;
  while (begin > 0 && end - begin < 8 && /\p{L}/u.test(text[begin - 1])) begin--;
  return DETERMINERS.has(text.slice(begin, end).toLowerCase());
}
