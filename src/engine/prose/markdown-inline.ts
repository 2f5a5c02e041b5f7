// The inline pass of the markdown scanner: marks every character of a paragraph that is markdown
// syntax or skipped content (code spans, HTML, link destinations, autolinks, bare URLs, images,
// emphasis marks, escapes, bare URLs) in a shared mask, and records links, footnote references and Copydesk
// comments. Every search is bounded so that the pass stays linear in the paragraph.
import { emptyObjectArray } from '../text/arrays';
import * as chars from '../text/chars';
import type { FullStops } from '../text/full-stops';
import { CharSearch } from '../text/search';
import type { CopydeskComment, Range } from '../types';
import { parseCopydeskComment } from './comments';
import { normalizeLabel } from './markdown-blocks';
import { SkipMask } from './mask';

const { Ch, isAlphanumeric, isAsciiLetter, isAsciiPunctuation, isWhitespace } = chars;

/** State shared by all paragraphs of one document. */
export interface InlineContext {
  text: string;
  /** The characters that are not prose. */
  mask: SkipMask;
  /** The next character that may start inline syntax. */
  specials: CharSearch;
  /** The next `]`: searched only while a bracket is open, since a `]` closes nothing otherwise. */
  closers: CharSearch;
  labels: Set<string>;
  citations: Range[];
  comments: CopydeskComment[];
  /** The last search for `-->`: from where, and what it found (-1: none after that point). */
  commentSearchFrom: number;
  commentSearchResult: number;
}

export function createInlineContext(text: string, labels: Set<string>): InlineContext {
  return {
    text,
    mask: new SkipMask(text.length),
    specials: new CharSearch(text, SPECIAL),
    closers: new CharSearch(text, ']'),
    labels,
    citations: emptyObjectArray<Range>(),
    comments: [],
    commentSearchFrom: -1,
    commentSearchResult: -1,
  };
}

/**
 * The open brackets of the paragraph being scanned, each as `pos * 2 + (image ? 1 : 0)`, below the
 * count that `scanInline` keeps: one array reused by every paragraph, rather than an array per
 * paragraph and an object per bracket (setting `length` to empty it would give up its store).
 */
const openers: number[] = [];

/**
 * Per-paragraph index of backtick runs, so each code span finds its closer without rescanning: each
 * run's start and length, and the next run of the same length (-1: none), in typed arrays reused from
 * paragraph to paragraph (an array and a Map per paragraph with a backtick were garbage of their own).
 */
class BacktickRuns {
  starts = new Int32Array(16);
  lengths = new Int32Array(16);
  nextSame = new Int32Array(16);
  count = 0;
  /** The first run not passed yet. */
  cursor = 0;
  /** While indexing: the last run met of each length up to MAX_INDEXED_RUN, else -1. */
  private readonly lastOfLength = new Int32Array(MAX_INDEXED_RUN + 1);

  /** Indexes the backtick runs of text[from, to). */
  index(text: string, from: number, to: number): this {
    this.count = 0;
    this.cursor = 0;
    for (let i = from; i < to; i++) {
      if (text.charCodeAt(i) !== Ch.Backtick) continue;
      let start = i;
      while (i < to && text.charCodeAt(i) === Ch.Backtick) i++;
      if (start > from && text.charCodeAt(start - 1) === Ch.Backslash) start++; // an escaped backtick
      const length = i - start;
      if (length > 0) this.add(start, length);
    }
    this.linkSameLengths();
    return this;
  }

  private add(start: number, length: number): void {
    if (this.count === this.starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.lengths = grow(this.lengths);
      this.nextSame = grow(this.nextSame);
    }
    this.starts[this.count] = start;
    this.lengths[this.count] = length;
    this.count++;
  }

  /** Sets each run's next run of the same length, reading the runs from the last. */
  private linkSameLengths(): void {
    const last = this.lastOfLength;
    last.fill(-1);
    // Runs longer than the table are rare: a Map for them, made only when one is met.
    let longer: Map<number, number> | null = null;
    for (let r = this.count - 1; r >= 0; r--) {
      const length = this.lengths[r]!;
      if (length <= MAX_INDEXED_RUN) {
        this.nextSame[r] = last[length]!;
        last[length] = r;
      } else {
        longer ??= new Map();
        this.nextSame[r] = longer.get(length) ?? -1;
        longer.set(length, r);
      }
    }
  }
}

/** Runs of up to this many backticks find their closer through a table by length. */
const MAX_INDEXED_RUN = 16;

/** The index of the paragraph being scanned, reused (see BacktickRuns). */
const backticks = new BacktickRuns();

/** Scans one paragraph, whose lines of content are lines[from, to) as flat pairs of start, end offsets. */
export function scanInline(ctx: InlineContext, lines: number[], from: number, to: number): void {
  if (to <= from) return;
  const { text, mask, specials, closers } = ctx;
  const limit = lines[to - 1];
  let runs: BacktickRuns | null = null; // indexed when the first backtick is met
  let openCount = 0;
  let quoteScanFailed = 0; // bit per title quote kind whose closer is known missing
  let li = from;
  let ls = lines[from];
  let le = lines[from + 1];
  let i = ls;
  for (;;) {
    // Jump to the next character that may start syntax, in whichever line of the paragraph, with one
    // search per paragraph and syntax character rather than per line.
    const resumedAt = i;
    i = specials.next(resumedAt);
    if (openCount > 0) {
      const close = closers.next(resumedAt);
      if (close < i) i = close;
    }
    if (i >= limit) break;
    while (i >= le) {
      li += 2;
      ls = lines[li];
      le = lines[li + 1];
    }
    if (i < ls) {
      i = ls; // between two lines' content: block quote markers or indentation
      continue;
    }
    const c = text.charCodeAt(i);
    switch (c) {
      case Ch.Backslash: {
        const d = text.charCodeAt(i + 1);
        if (i + 1 >= le) {
          mask.set(i); // hard line break
          i++;
        } else if (isAsciiPunctuation(d)) {
          mask.set(i);
          i += 2;
        } else i++;
        break;
      }
      case Ch.Backtick:
        runs ??= backticks.index(text, i, limit);
        i = codeSpan(ctx, runs, i);
        break;
      case Ch.LessThan:
        i = angle(ctx, i, limit);
        break;
      case Ch.OpenBracket:
        // "![" opens an image; a "!" alone is prose, so "!" is not searched for: the one before
        // this "[" counts when the scan has not passed it and it lies on this line.
        if (i - 1 >= resumedAt && i - 1 >= ls && text.charCodeAt(i - 1) === Ch.Exclamation) {
          openers[openCount++] = (i - 1) * 2 + 1;
          i++;
        } else if (text.charCodeAt(i + 1) === Ch.Caret) i = footnoteReference(ctx, i, le);
        else {
          openers[openCount++] = i * 2;
          i++;
        }
        break;
      case Ch.CloseBracket: {
        if (openCount === 0) {
          i++;
          break;
        }
        const opener = openers[--openCount];
        const pos = opener >> 1;
        const image = (opener & 1) === 1;
        const result = linkTail(ctx, pos, image, i, limit, quoteScanFailed);
        quoteScanFailed = result.quoteScanFailed;
        if (result.end < 0) {
          i++;
          break;
        }
        if (image) mask.fill(pos, result.end);
        else {
          mask.set(pos);
          mask.fill(i, result.end);
          // The link's text; a link with none ("[](https://…)") still cites its source: the whole link,
          // so that no citation is an empty range.
          ctx.citations.push(i > pos + 1 ? { start: pos + 1, end: i } : { start: pos, end: result.end });
          openCount = 0; // no links inside links
        }
        i = result.end;
        break;
      }
      case Ch.Asterisk:
      case Ch.Underscore:
        i = emphasis(text, mask, i, ls, le, c);
        break;
      default:
        i++;
    }
  }
}

/** Characters that may start inline syntax, but for `!` and `]` (see `scanInline`). */
const SPECIAL = '\\`<[*_';

/**
 * Masks the bare URLs ("https://…", "www.…") of the whole document in one search, after the
 * paragraphs are scanned: URLs already inside code or a link destination are masked and skipped;
 * masking one outside prose changes nothing. `stops` are the document's full stops.
 */
export function maskBareUrls(ctx: InlineContext, stops: FullStops): void {
  const { text, mask } = ctx;
  const starts = new UrlStarts(text, stops);
  let from = 0;
  for (;;) {
    const i = starts.next(from);
    if (i < 0) break;
    from = i + starts.length;
    if (mask.isMasked(i) || (i > 0 && isAlphanumeric(text.charCodeAt(i - 1)))) continue;
    from = bareUrl(text, mask, i, starts.length);
  }
}

/**
 * The starts of bare URLs, "http://", "https://" or "www.", in text order (what /https?:\/\/|www\./g
 * finds), for offsets that only grow: "://" by a native search that resumes where it stopped (a
 * regular expression with alternatives cannot skip ahead and costs as much as a pass over the whole
 * text), "www." from the full stops found after "www".
 */
class UrlStarts {
  /** The length of the prefix found by the last `next`. */
  length = 0;
  private scheme = -1;
  private schemeLength = 0;
  private schemeFrom = -1;
  private www = -1;
  private wwwSearched = false;
  /** The first full stop after "www" not yet passed by the search for "www.". */
  private stop = 0;

  constructor(
    private readonly text: string,
    private readonly stops: FullStops,
  ) {}

  /** The first start at or after `from`, or -1. `from` must not decrease from one call to the next. */
  next(from: number): number {
    if (this.schemeFrom < 0 || (this.scheme >= 0 && this.scheme < from) || (this.scheme < 0 && this.schemeFrom > from)) {
      this.findScheme(from);
    }
    if (!this.wwwSearched || (this.www >= 0 && this.www < from)) {
      this.www = this.findWww(from);
      this.wwwSearched = true;
    }
    if (this.scheme >= 0 && (this.www < 0 || this.scheme < this.www)) {
      this.length = this.schemeLength;
      return this.scheme;
    }
    this.length = 4;
    return this.www;
  }

  private findScheme(from: number): void {
    const text = this.text;
    this.schemeFrom = from;
    let p = text.indexOf('://', from + 4);
    while (p >= 0) {
      if (p - 5 >= from && text.startsWith('https', p - 5)) {
        this.scheme = p - 5;
        this.schemeLength = 8;
        return;
      }
      if (text.startsWith('http', p - 4)) {
        this.scheme = p - 4;
        this.schemeLength = 7;
        return;
      }
      p = text.indexOf('://', p + 1);
    }
    this.scheme = -1;
  }

  /** The first "www." at or after `from` (what `text.indexOf('www.', from)` finds), or -1. */
  private findWww(from: number): number {
    const { www, wwwCount } = this.stops;
    let k = this.stop;
    while (k < wwwCount && www[k] < from + 3) k++;
    this.stop = k;
    return k < wwwCount ? www[k] - 3 : -1;
  }
}

/** A backtick run at i: a code span up to the next run of the same length, or literal backticks. */
function codeSpan(ctx: InlineContext, runs: BacktickRuns, i: number): number {
  while (runs.cursor < runs.count && runs.starts[runs.cursor]! < i) runs.cursor++;
  const r = runs.cursor;
  if (r >= runs.count || runs.starts[r] !== i) return i + 1;
  const length = runs.lengths[r]!;
  const closer = runs.nextSame[r]!;
  if (closer < 0) return i + length; // no closer: literal backticks
  const end = runs.starts[closer]! + length;
  ctx.mask.fill(i, end);
  runs.cursor = closer + 1;
  return end;
}

/** `<` at i: an HTML comment, an autolink or an inline tag; else a literal `<`. */
function angle(ctx: InlineContext, i: number, limit: number): number {
  const { text, mask } = ctx;
  if (text.startsWith('<!--', i)) {
    const close = findCommentClose(ctx, i + 4);
    if (close >= 0 && close + 3 <= limit) {
      const end = close + 3;
      mask.fill(i, end);
      const comment = parseCopydeskComment(text, i, end);
      if (comment) ctx.comments.push(comment);
      return end;
    }
    return i + 1;
  }
  // Scan to the closing `>`, stopping at another `<` so that scans never overlap.
  let j = i + 1;
  let space = false;
  while (j < limit) {
    const c = text.charCodeAt(j);
    if (c === Ch.GreaterThan || c === Ch.LessThan) break;
    if (isWhitespace(c)) space = true;
    j++;
  }
  if (j >= limit || text.charCodeAt(j) !== Ch.GreaterThan) return i + 1;
  const first = text.charCodeAt(i + 1);
  const tag =
    isAsciiLetter(first) ||
    first === Ch.Question ||
    (first === Ch.Exclamation && isAsciiLetter(text.charCodeAt(i + 2))) ||
    (first === Ch.Slash && isAsciiLetter(text.charCodeAt(i + 2)));
  const autolink = !space && j > i + 1 && (hasScheme(text, i + 1, j) || hasAt(text, i + 1, j));
  if (!tag && !autolink) return i + 1;
  mask.fill(i, j + 1);
  return j + 1;
}

function findCommentClose(ctx: InlineContext, from: number): number {
  if (ctx.commentSearchFrom >= 0 && from >= ctx.commentSearchFrom && (ctx.commentSearchResult < 0 || from <= ctx.commentSearchResult)) {
    return ctx.commentSearchResult;
  }
  const result = ctx.text.indexOf('-->', from);
  ctx.commentSearchFrom = from;
  ctx.commentSearchResult = result;
  return result;
}

function hasScheme(text: string, from: number, to: number): boolean {
  let i = from;
  if (!isAsciiLetter(text.charCodeAt(i))) return false;
  while (i < to && i - from <= 32) {
    const c = text.charCodeAt(i);
    if (c === Ch.Colon) return i - from >= 2;
    if (!(isAsciiLetter(c) || (c >= Ch.Digit0 && c <= Ch.Digit9) || c === Ch.Plus || c === Ch.Dot || c === Ch.Hyphen)) return false;
    i++;
  }
  return false;
}

function hasAt(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 64 /* @ */) return i > from && i < to - 1;
  return false;
}

/** `[^label]`: a footnote reference, recorded as a citation and skipped as prose. */
function footnoteReference(ctx: InlineContext, i: number, lineEnd: number): number {
  const { text } = ctx;
  let j = i + 2;
  while (j < lineEnd && j - i < 200) {
    const c = text.charCodeAt(j);
    if (c === Ch.CloseBracket || c === Ch.OpenBracket || isWhitespace(c)) break;
    j++;
  }
  if (j === i + 2 || j >= lineEnd || text.charCodeAt(j) !== Ch.CloseBracket) return i + 1;
  ctx.mask.fill(i, j + 1);
  ctx.citations.push({ start: i, end: j + 1 });
  return j + 1;
}

/**
 * What follows a `]` that closes the bracket at `open` (`![` when `image`): an inline destination
 * `(dest "title")`, a reference `[label]` or `[]`, or a defined shortcut. Returns the link's end, or
 * -1 when it is not a link (editorial brackets like "[sic]" stay prose).
 */
function linkTail(ctx: InlineContext, open: number, image: boolean, close: number, limit: number, quoteScanFailed: number): { end: number; quoteScanFailed: number } {
  const { text, labels } = ctx;
  const textStart = open + (image ? 2 : 1);
  const next = text.charCodeAt(close + 1);
  if (next === Ch.OpenParen) {
    return inlineDestination(text, close + 1, limit, quoteScanFailed);
  }
  if (next === Ch.OpenBracket) {
    let k = close + 2;
    while (k < limit && k - close < 1000) {
      const c = text.charCodeAt(k);
      if (c === Ch.CloseBracket || c === Ch.OpenBracket) break;
      k++;
    }
    if (k < limit && text.charCodeAt(k) === Ch.CloseBracket) {
      const label = k === close + 2 ? text.slice(textStart, close) : text.slice(close + 2, k);
      if (label.length <= 1000 && labels.has(normalizeLabel(label))) return { end: k + 1, quoteScanFailed };
    }
    return { end: -1, quoteScanFailed };
  }
  if (labels.size > 0 && close - textStart <= 1000 && labels.has(normalizeLabel(text.slice(textStart, close)))) {
    return { end: close + 1, quoteScanFailed };
  }
  return { end: -1, quoteScanFailed };
}

const DOUBLE_QUOTE_FAILED = 1;
const SINGLE_QUOTE_FAILED = 2;
const PAREN_FAILED = 4;

/** `(destination "title")` starting at the `(`; returns the end after `)` or -1. */
function inlineDestination(text: string, open: number, limit: number, quoteScanFailed: number): { end: number; quoteScanFailed: number } {
  const fail = { end: -1, quoteScanFailed };
  let j = skipSpace(text, open + 1, limit);
  if (text.charCodeAt(j) === Ch.LessThan) {
    j++;
    while (j < limit) {
      const c = text.charCodeAt(j);
      if (c === Ch.GreaterThan || c === Ch.LessThan || c === Ch.LineFeed || c === Ch.CarriageReturn) break;
      j++;
    }
    if (j >= limit || text.charCodeAt(j) !== Ch.GreaterThan) return fail;
    j++;
  } else {
    let depth = 0;
    while (j < limit) {
      const c = text.charCodeAt(j);
      if (isWhitespace(c)) break;
      if (c === Ch.Backslash) {
        j += 2;
        continue;
      }
      if (c === Ch.OpenBracket || c === Ch.CloseBracket) return fail;
      if (c === Ch.OpenParen) {
        if (++depth > 32) return fail;
      } else if (c === Ch.CloseParen) {
        if (depth === 0) break;
        depth--;
      }
      j++;
    }
  }
  const beforeTitle = j;
  j = skipSpace(text, j, limit);
  const q = text.charCodeAt(j);
  if (j > beforeTitle && (q === Ch.DoubleQuote || q === Ch.Apostrophe || q === Ch.OpenParen)) {
    const closer = q === Ch.OpenParen ? Ch.CloseParen : q;
    const bit = q === Ch.DoubleQuote ? DOUBLE_QUOTE_FAILED : q === Ch.Apostrophe ? SINGLE_QUOTE_FAILED : PAREN_FAILED;
    if (quoteScanFailed & bit) return fail;
    let k = j + 1;
    while (k < limit) {
      const c = text.charCodeAt(k);
      if (c === Ch.Backslash) k++;
      else if (c === closer) break;
      k++;
    }
    if (k >= limit) return { end: -1, quoteScanFailed: quoteScanFailed | bit };
    j = skipSpace(text, k + 1, limit);
  }
  if (j < limit && text.charCodeAt(j) === Ch.CloseParen) return { end: j + 1, quoteScanFailed };
  return fail;
}

function skipSpace(text: string, from: number, limit: number): number {
  let j = from;
  while (j < limit && isWhitespace(text.charCodeAt(j))) j++;
  return j;
}

/** A run of `*` or `_` that can open or close emphasis (CommonMark flanking) is syntax, not prose. */
function emphasis(text: string, mask: SkipMask, i: number, lineStart: number, lineEnd: number, c: number): number {
  let end = i;
  while (end < lineEnd && text.charCodeAt(end) === c) end++;
  const before = i > lineStart ? text.charCodeAt(i - 1) : Ch.Space;
  const after = end < lineEnd ? text.charCodeAt(end) : Ch.Space;
  const spaceBefore = isWhitespace(before);
  const spaceAfter = isWhitespace(after);
  const wordBefore = isAlphanumeric(before);
  const wordAfter = isAlphanumeric(after);
  const leftFlanking = !spaceAfter && (wordAfter || spaceBefore || !wordBefore);
  const rightFlanking = !spaceBefore && (wordBefore || spaceAfter || !wordAfter);
  const intraword = c === Ch.Underscore && wordBefore && wordAfter;
  if ((leftFlanking || rightFlanking) && !intraword) mask.fill(i, end);
  return end;
}

/** Masks the bare URL at i (its prefix `prefixLength` long) up to whitespace, less trailing punctuation. */
function bareUrl(text: string, mask: SkipMask, i: number, prefixLength: number): number {
  let j = i + prefixLength;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (isWhitespace(c) || c === Ch.LessThan || c === Ch.DoubleQuote || c === Ch.LeftDoubleQuote || c === Ch.RightDoubleQuote) break;
    j++;
  }
  const end = j;
  while (j > i + prefixLength && isTrailingUrlPunctuation(text.charCodeAt(j - 1))) j--;
  if (j > i + prefixLength) mask.fill(i, j);
  return end;
}

function isTrailingUrlPunctuation(c: number): boolean {
  return (
    c === Ch.Dot || c === Ch.Comma || c === Ch.Colon || c === Ch.Semicolon || c === Ch.Exclamation ||
    c === Ch.Question || c === Ch.Apostrophe || c === 0x2019 || c === Ch.CloseParen || c === Ch.CloseBracket ||
    c === Ch.Asterisk || c === Ch.Underscore
  );
}
