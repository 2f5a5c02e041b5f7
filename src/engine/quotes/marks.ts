// Where the quotation marks of the prose are, for the quote pairer: found by native searches over the
// text, or read from the record the mention pass leaves as it tokenizes each paragraph (it meets every
// prose character anyway), which spares two more passes over a long draft.
import { OffsetRecord } from '../text/offset-record';

/** The offsets of the straight and curly double quotation marks in the prose, in the order read. */
export class QuoteMarks extends OffsetRecord {}

/** The next quotation mark at or after an offset; offsets are asked for in increasing order. */
export interface MarkFinder {
  /** Offset of the first mark at or after `from`; the text's length when there is none. */
  next(from: number): number;
}

/**
 * The marks found in the text by native searches that resume where they stopped: offsets only grow,
 * so the text is searched once, however many segments it is read in. A straight mark is ASCII, found
 * by `indexOf`'s memchr-like search. Curly marks are not (their search stops at every space), so they
 * are found by matching the run of other characters before them: a greedy negated class runs about
 * twice as fast as a search for the class, and always matches, so it never backtracks.
 */
export class MarkSearch implements MarkFinder {
  private static readonly NOT_CURLY = /[^\u201c\u201d]*/y;
  private straight = -1;
  private curly = -1;

  constructor(private readonly text: string) {}

  next(from: number): number {
    const text = this.text;
    if (from >= text.length) return text.length;
    if (this.straight < from) {
      const found = text.indexOf('"', from);
      this.straight = found < 0 ? text.length : found;
    }
    if (this.curly < from) {
      const run = MarkSearch.NOT_CURLY;
      run.lastIndex = from;
      run.test(text);
      this.curly = run.lastIndex;
    }
    return this.straight < this.curly ? this.straight : this.curly;
  }
}

/**
 * The marks of a complete record, read with a cursor. The record holds only marks inside prose, which
 * are the only ones the pairer asks about (it reads marks within a segment's bounds).
 */
export class RecordedMarks implements MarkFinder {
  private readonly offsets: Int32Array;
  private readonly count: number;
  private at = 0;

  constructor(record: QuoteMarks, private readonly textLength: number) {
    this.offsets = record.ascending();
    this.count = record.length;
  }

  next(from: number): number {
    const offsets = this.offsets;
    let at = this.at;
    // Back first should a caller ask about an earlier offset (paragraphs out of text order).
    while (at > 0 && offsets[at - 1]! >= from) at--;
    while (at < this.count && offsets[at]! < from) at++;
    this.at = at;
    return at < this.count ? offsets[at]! : this.textLength;
  }
}

/** How the pairer finds marks: from the record when it is complete, else in the text. */
export function markFinder(text: string, record: QuoteMarks | undefined): MarkFinder {
  return record?.complete ? new RecordedMarks(record, text.length) : new MarkSearch(text);
}
