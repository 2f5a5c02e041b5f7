// A mention while it is being found: the public shape plus the token span it covers in its paragraph.
// Every Found is written with all its fields in the same order, `title` and `fix` undefined when there
// are none, so all share one hidden class and the passes that read them stay monomorphic.
import type { Entity, MentionKind } from '../types';
import { GAP_NONE, spellingCode, type Tokens } from './tokens';

export interface Found {
  start: number;
  end: number;
  /** First and last token of the mention in the paragraph's tokens. */
  first: number;
  last: number;
  entity: Entity | null;
  name: string;
  kind: MentionKind;
  possessive: boolean;
  /** Written inside a quotation: not an antecedent for a pronoun outside it. */
  inQuote: boolean;
  title: string | undefined;
  fix: string | undefined;
}

/**
 * Found objects, refilled paragraph after paragraph rather than made anew (one per mention was about
 * half a megabyte of garbage per 1 MB draft): a paragraph's are made into Mentions, and nothing keeps
 * them, before the next paragraph is read. Module state like the other scratch of the mention pass;
 * the analysis is synchronous, so one pass uses it at a time.
 */
const pool: Found[] = [];
let pooled = 0;

/** Every Found taken so far may be refilled: their paragraph's mentions are made. */
export function refillFound(): void {
  pooled = 0;
}

/**
 * The pass is over: the pooled Founds let go of their names and entities (a name may be a slice that
 * keeps the whole draft alive), so the pool holds nothing of a draft once its mentions are made.
 */
export function releaseFound(): void {
  for (let i = 0; i < pool.length; i++) {
    const f = pool[i]!;
    f.entity = null;
    f.name = '';
    f.title = undefined;
    f.fix = undefined;
  }
  pooled = 0;
}

/** A Found with these fields, refilled from the pool when it has one to spare. */
export function takeFound(
  start: number, end: number, first: number, last: number, entity: Entity | null, name: string, kind: MentionKind,
  possessive: boolean, inQuote: boolean, title: string | undefined, fix: string | undefined,
): Found {
  if (pooled === pool.length) {
    pool.push({ start, end, first, last, entity, name, kind, possessive, inQuote, title, fix });
    return pool[pooled++]!;
  }
  const f = pool[pooled++]!;
  f.start = start;
  f.end = end;
  f.first = first;
  f.last = last;
  f.entity = entity;
  f.name = name;
  f.kind = kind;
  f.possessive = possessive;
  f.inQuote = inQuote;
  f.title = title;
  f.fix = fix;
  return f;
}

/**
 * The last token of a possessive ending right after token `last` ("'s", "’s", or a bare "'" after a
 * final s: "Lewis'"), or -1 when there is none. Compared in place: it is asked after every mention.
 */
export function possessiveEnd(tokens: Tokens, last: number): number {
  const mark = last + 1;
  if (mark >= tokens.length || tokens.gap(mark) !== GAP_NONE || !isApostrophe(tokens, mark)) return -1;
  const after = mark + 1;
  const hasAfter = after < tokens.length;
  if (hasAfter && tokens.gap(after) === GAP_NONE && tokens.end(after) - tokens.start(after) === 1 && isLetterS(tokens, tokens.start(after))) return after;
  if (isLetterS(tokens, tokens.end(last) - 1) && (!hasAfter || tokens.gap(after) !== GAP_NONE || !tokens.isWord(after))) return mark;
  return -1;
}

/** Whether token `i` is an apostrophe-like mark (read as "'"). */
function isApostrophe(tokens: Tokens, i: number): boolean {
  if (tokens.end(i) - tokens.start(i) !== 1) return false;
  return spellingCode(tokens.source.charCodeAt(tokens.start(i))) === 39;
}

function isLetterS(tokens: Tokens, at: number): boolean {
  const c = tokens.source.charCodeAt(at);
  return c === 115 || c === 83;
}

/** The most mentions sorted by insertion; beyond, the built-in sort (of a copy). */
const INSERTION_SORT_MAX = 16;

/**
 * Sorts the entries of `found` from `from` on in place, stably, as `Array.prototype.sort` would: a
 * paragraph's few mentions by insertion, which makes no copy.
 */
export function sortFound(found: Found[], compare: (a: Found, b: Found) => number, from = 0): void {
  if (found.length - from > INSERTION_SORT_MAX) {
    const sorted = found.slice(from).sort(compare);
    for (let i = 0; i < sorted.length; i++) found[from + i] = sorted[i]!;
    return;
  }
  for (let i = from + 1; i < found.length; i++) {
    const f = found[i]!;
    let j = i;
    for (; j > from && compare(found[j - 1]!, f) > 0; j--) found[j] = found[j - 1]!;
    found[j] = f;
  }
}
