// Quotes as columns (Quotes in types.ts): the builder findQuotes fills, the readers and writers the
// later steps use on one quote, and the Quote objects made for a surface that shows one or lists all.
import { ATTRIBUTION_METHODS, METHOD_ANONYMOUS, METHOD_NONE, methodCode } from '../attribution/methods';
import { emptyObjectArray } from '../text/arrays';
import { ByteColumn, IntColumn, optionalRange } from '../text/columns';
import type { AttributionMethod, Quote, Quotes, Range, Speaker } from '../types';

/** Where quote `i`'s words start: after its opening mark. */
export function contentStart(quotes: Quotes, i: number): number {
  return quotes.starts[i]! + 1;
}

/** Where quote `i`'s words end: before its closing mark, or at its end when it never closes. */
export function contentEnd(quotes: Quotes, i: number): number {
  return quotes.closed[i] === 1 ? quotes.ends[i]! - 1 : quotes.ends[i]!;
}

/** Quote `i` from mark to mark, as a range of its own. */
export function quoteRange(quotes: Quotes, i: number): Range {
  return { start: quotes.starts[i]!, end: quotes.ends[i]! };
}

/** Quote `i`'s words, as a range of their own. */
export function quoteContent(quotes: Quotes, i: number): Range {
  return { start: contentStart(quotes, i), end: contentEnd(quotes, i) };
}

/** Quote `i`'s source, as a range of its own; null when it has none. */
export function quoteSource(quotes: Quotes, i: number): Range | null {
  return optionalRange(quotes.sourceStarts, quotes.sourceEnds, i);
}

/** Quote `i`'s cue, as a range of its own; null when it has none. */
export function quoteCue(quotes: Quotes, i: number): Range | null {
  return optionalRange(quotes.cueStarts, quotes.cueEnds, i);
}

export function quoteMethod(quotes: Quotes, i: number): AttributionMethod {
  return ATTRIBUTION_METHODS[quotes.methods[i]!]!;
}

export function isScare(quotes: Quotes, i: number): boolean {
  return quotes.scare[i] === 1;
}

/** Quote `i` has no speaker (method `none`). */
export function isUnattributed(quotes: Quotes, i: number): boolean {
  return quotes.methods[i] === METHOD_NONE;
}

/** Quote `i` rests on an unnamed source. */
export function isAnonymous(quotes: Quotes, i: number): boolean {
  return quotes.methods[i] === METHOD_ANONYMOUS;
}

/** Quote `i` is spoken by `speaker` from `source`, named by `cue` (null: none), as `method` says. */
export function attribute(quotes: Quotes, i: number, speaker: Speaker | null, source: Range | null, cue: Range | null, method: AttributionMethod): void {
  quotes.speakers[i] = speaker;
  quotes.sourceStarts[i] = source === null ? -1 : source.start;
  quotes.sourceEnds[i] = source === null ? -1 : source.end;
  quotes.cueStarts[i] = cue === null ? -1 : cue.start;
  quotes.cueEnds[i] = cue === null ? -1 : cue.end;
  quotes.methods[i] = methodCode(method);
}

/** Quote `to` takes quote `from`'s speaker and source, and its cue unless the method is a continuation. */
export function copyAttribution(quotes: Quotes, to: number, from: number, method: AttributionMethod): void {
  quotes.speakers[to] = quotes.speakers[from] ?? null;
  quotes.sourceStarts[to] = quotes.sourceStarts[from]!;
  quotes.sourceEnds[to] = quotes.sourceEnds[from]!;
  const keepCue = method !== 'continuation';
  quotes.cueStarts[to] = keepCue ? quotes.cueStarts[from]! : -1;
  quotes.cueEnds[to] = keepCue ? quotes.cueEnds[from]! : -1;
  quotes.methods[to] = methodCode(method);
}

/** Quote `i` as an object of its own. */
export function quoteAt(quotes: Quotes, i: number): Quote {
  return {
    range: quoteRange(quotes, i),
    content: quoteContent(quotes, i),
    closed: quotes.closed[i] === 1,
    firstParagraph: quotes.firstParagraphs[i]!,
    lastParagraph: quotes.lastParagraphs[i]!,
    scare: isScare(quotes, i),
    speaker: quotes.speakers[i] ?? null,
    source: quoteSource(quotes, i),
    cue: quoteCue(quotes, i),
    method: quoteMethod(quotes, i),
  };
}

/** Every quote as an object of its own, in order: for what lists them all (JSON output, the report view, tests). */
export function quoteList(quotes: Quotes): Quote[] {
  const list = emptyObjectArray<Quote>();
  for (let i = 0; i < quotes.length; i++) list.push(quoteAt(quotes, i));
  return list;
}

/** The columns of quotes made as objects (by hand, in tests), in the order given. */
export function quotesOf(list: readonly Quote[]): Quotes {
  const columns = new QuoteColumns();
  for (const q of list) columns.push(q.range.start, q.range.end, q.firstParagraph, q.lastParagraph, q.closed, q.scare);
  const quotes = columns.take();
  list.forEach((q, i) => attribute(quotes, i, q.speaker, q.source, q.cue, q.method));
  return quotes;
}

/** No quotes. */
export function noQuotes(): Quotes {
  return new QuoteColumns().take();
}

/**
 * Quotes while they are found: columns kept from one analysis to the next and handed out as exact
 * copies, with no speaker yet (method `none`).
 */
export class QuoteColumns {
  private readonly starts = new IntColumn();
  private readonly ends = new IntColumn();
  private readonly firstParagraphs = new IntColumn();
  private readonly lastParagraphs = new IntColumn();
  private readonly closed = new ByteColumn();
  private readonly scare = new ByteColumn();
  length = 0;

  push(start: number, end: number, firstParagraph: number, lastParagraph: number, closed: boolean, scare: boolean): void {
    const n = this.length++;
    this.starts.set(n, start);
    this.ends.set(n, end);
    this.firstParagraphs.set(n, firstParagraph);
    this.lastParagraphs.set(n, lastParagraph);
    this.closed.set(n, closed ? 1 : 0);
    this.scare.set(n, scare ? 1 : 0);
  }

  /** The quotes pushed since the last take, unattributed; the columns are empty after. */
  take(): Quotes {
    const n = this.length;
    this.length = 0;
    const none = () => new Int32Array(n).fill(-1);
    return {
      length: n,
      starts: this.starts.copy(n),
      ends: this.ends.copy(n),
      firstParagraphs: this.firstParagraphs.copy(n),
      lastParagraphs: this.lastParagraphs.copy(n),
      closed: this.closed.copy(n),
      scare: this.scare.copy(n),
      sourceStarts: none(),
      sourceEnds: none(),
      cueStarts: none(),
      cueEnds: none(),
      methods: new Uint8Array(n).fill(METHOD_NONE),
      speakers: new Array<Speaker | null>(n).fill(null),
      missingClose: new Uint8Array(n),
    };
  }

  /** Empties the columns (should an earlier pass have thrown before taking them). */
  clear(): void {
    this.length = 0;
  }
}
