// Sentences: each paragraph's prose split at sentence ends, with ranges in the original text.
//
// A full stop, "?", "!" or an ellipsis, with any closing quotes or brackets after it, ends a
// sentence when whitespace (or the end of a prose segment) follows and the next word does not
// continue the sentence. The heuristics, in the order they apply:
// - a lower-case next word never starts a sentence (`"Why?" she asked`, `e.g. the`);
// - after a closing quote, capitalised words followed by a speech verb continue it
//   (`"Why?" Trump asked.`);
// - titles (Mr., Sen., Gen.) and "e.g.", "i.e.", "vs." never end one;
// - initials, St., Jr. and Sr. are parts of names ("J. Smith", "St. Paul") unless a typical sentence
//   opener follows ("plan B. The …");
// - months and "No." are followed by a number when they do not end the sentence ("Dec. 19");
// - abbreviations that may end a sentence (U.S., a.m., Inc., Jr., Calif., etc.) end it when a
//   capitalised word follows that is not a title, institution, day, month or time zone
//   ("U.S. President Trump" stays whole; "in the U.S. The next day" and "in the U.S. Trump said"
//   split), nor another abbreviation ("Co. Ltd.");
// - an ellipsis at the very start of a sentence (`"... Ukraine's`) is an omission, not an end.
// Headings are one sentence each. Linear: each character is looked at a bounded number of times.
import {
  classifyStop,
  classifyStopAt,
  isContinuationWord,
  isSentenceStarter,
} from './text/abbreviations';
import * as chars from './text/chars';
import { IntColumn } from './text/columns';
import { findFullStops, fullStopsOf, type FullStops } from './text/full-stops';
import type { Prose, Segments, Sentences } from './types';
import { tally } from './instrument';
import { SPEECH_VERBS } from './vocabulary/cues';

const { Ch, isAlphanumeric, isClosingMark, isDigit, isLetter, isLower, isOpeningMark, isSentenceEnd, isUpper, isWhitespace } = chars;

/**
 * The sentences while they are found: columns kept from one analysis to the next, handed out as exact
 * copies, as the other result columns are (text/columns.ts).
 */
class SentenceColumns {
  private readonly starts = new IntColumn();
  private readonly ends = new IntColumn();
  private readonly paragraphs = new IntColumn();
  length = 0;

  push(start: number, end: number, paragraph: number): void {
    this.starts.set(this.length, start);
    this.ends.set(this.length, end);
    this.paragraphs.set(this.length, paragraph);
    this.length++;
  }

  /** The sentences pushed since the last take; the columns are empty after. */
  take(): Sentences {
    const n = this.length;
    this.length = 0;
    return { length: n, starts: this.starts.copy(n), ends: this.ends.copy(n), paragraphs: this.paragraphs.copy(n) };
  }

  clear(): void {
    this.length = 0;
  }
}

const found = new SentenceColumns();

/** No sentences. */
export function emptySentences(): Sentences {
  return { length: 0, starts: new Int32Array(0), ends: new Int32Array(0), paragraphs: new Int32Array(0) };
}

export function splitSentences(text: string, prose: Prose): Sentences {
  const sentences = found;
  sentences.clear(); // should an earlier split have thrown before handing its list out
  let work = 0; // stops visited, for the scaling tests
  const terminals = new Terminals(text, fullStopsOf(prose) ?? findFullStops(text));
  // One for the document: a sentence's start is never that of another paragraph's sentence.
  const scan: WordScan = { start: -1, clearUpTo: -1 };
  try {
    for (let p = 0; p < prose.paragraphs.length; p++) work += splitParagraph(text, prose, p, terminals, scan, sentences);
  } catch {
    // Written not to throw; should it ever, the sentences found so far still serve.
  }
  tally('sentences', work);
  return sentences.take();
}

/** Returns how many stops it visited (the work the scaling tests count). */
function splitParagraph(text: string, prose: Prose, index: number, terminals: Terminals, scan: WordScan, out: SentenceColumns): number {
  // The paragraph's segments are segments[first, last).
  const segments = prose.segments;
  const first = prose.paragraphs.firstSegments[index]!;
  const last = prose.paragraphs.firstSegments[index + 1]!;
  if (last <= first) return 0;
  if (prose.paragraphs.blocks[index] === 'heading') {
    out.push(prose.paragraphs.starts[index]!, prose.paragraphs.ends[index]!, index);
    return 1;
  }
  let stops = 0;
  const { starts, ends } = segments;
  let start = starts[first]!; // first character of the open sentence; -1 when none is open
  const end = Math.min(ends[last - 1]!, text.length);
  let s = first;
  let i = start;
  while (i < end) {
    i = terminals.next(i);
    if (i >= end) break;
    stops++;
    while (s < last && ends[s]! <= i) s++;
    if (s >= last) break;
    if (i < starts[s]!) {
      i++; // inside skipped markdown syntax
      continue;
    }
    const segEnd = Math.min(ends[s]!, text.length);
    // A run of terminal punctuation, then closing marks.
    let runEnd = i + 1;
    while (runEnd < segEnd && isSentenceEnd(text.charCodeAt(runEnd))) runEnd++;
    let j = runEnd;
    while (j < segEnd && isClosingMark(text.charCodeAt(j))) j++;
    if (j < segEnd && !isWhitespace(text.charCodeAt(j))) {
      i = j; // "3.5", "U.S.-led", "example.com": no boundary inside a word
      continue;
    }
    const next = nextProse(text, segments, s, last, j);
    if (start >= 0 && next >= 0 && endsHere(text, start, i, runEnd, j, next, scan)) {
      out.push(start, j, index);
      start = next;
    }
    i = j;
  }
  if (start >= 0 && end > start) out.push(start, end, index);
  return stops;
}

/**
 * The next sentence-ending character (`.`, `!`, `?`, `…`) at or after an offset, for a scan that only
 * moves forward. Full stops, by far the most of them, come from the list the prose step found; the
 * others by one native search per character, resumed only once the scan has passed what it found.
 */
class Terminals {
  /** The next full stop's index in `stops`, and its offset (the text's length: none left). */
  private stopIndex = 0;
  private stop = -1;
  private exclamation = -1;
  private question = -1;
  private ellipsis = -1;

  constructor(
    private readonly text: string,
    private readonly stops: FullStops,
  ) {}

  /** Offset of the first terminal at or after `from`; the text's length when there is none. */
  next(from: number): number {
    if (this.stop < from) this.stop = this.nextStop(from);
    if (this.exclamation < from) this.exclamation = this.find('!', from);
    if (this.question < from) this.question = this.find('?', from);
    if (this.ellipsis < from) this.ellipsis = this.find('\u2026', from);
    return Math.min(this.stop, this.exclamation, this.question, this.ellipsis);
  }

  private nextStop(from: number): number {
    const { offsets, count } = this.stops;
    let k = this.stopIndex;
    while (k < count && offsets[k] < from) k++;
    this.stopIndex = k;
    return k < count ? offsets[k] : this.text.length;
  }

  private find(c: string, from: number): number {
    const at = this.text.indexOf(c, from);
    return at < 0 ? this.text.length : at;
  }
}

/** The next non-space prose character at or after `from` in segment `s` or later ones before `last`; -1 if none. */
function nextProse(text: string, segments: Segments, s: number, last: number, from: number): number {
  let i = from;
  for (let k = s; k < last; k++) {
    if (k > s) i = segments.starts[k]!;
    const end = segments.ends[k]!;
    while (i < end && isWhitespace(text.charCodeAt(i))) i++;
    if (i < end) return i;
  }
  return -1;
}

/**
 * Does the sentence that began at `start` end with the terminal run [stop, runEnd) and the closing
 * marks up to `after`, given that the next prose character is at `next`?
 */
function endsHere(text: string, start: number, stop: number, runEnd: number, after: number, next: number, scan: WordScan): boolean {
  const n = text.charCodeAt(next);
  if (isLower(n)) return false;
  const startsLikeSentence = isUpper(n) || isDigit(n) || isOpeningMark(n) || !isLetter(n);
  if (!startsLikeSentence) return false;

  const first = text.charCodeAt(stop);
  const runLength = runEnd - stop;
  const ellipsis = first === Ch.Ellipsis || (first === Ch.Dot && runLength >= 2);
  if (ellipsis) {
    return !onlyMarksBefore(text, start, stop, scan); // `"... Ukraine's`: an omission at the start
  }

  if (closedByQuote(text, runEnd, after) && speechFollows(text, next)) return false;
  let terminal = false;
  for (let k = stop; k < runEnd; k++) {
    const c = text.charCodeAt(k);
    if (c === Ch.Question || c === Ch.Exclamation) terminal = true;
  }
  if (terminal || after > runEnd) return true; // "?", "!", or a stop inside closing marks (`."`)

  // A single full stop right after a word: what kind of word?
  const from = wordStartBefore(text, start, stop);
  const kind = from < 0 ? 'word' : classifyStopAt(text, from, stop);
  switch (kind) {
    case 'title':
    case 'inner':
      return false;
    case 'name-part': {
      const word = isUpper(n) ? wordAt(text, next) : '';
      return word !== '' && isSentenceStarter(word);
    }
    case 'before-number':
    case 'ambiguous': {
      if (isDigit(n)) return false;
      const word = isUpper(n) ? wordAt(text, next) : '';
      if (word === '') return true;
      // "Co. Ltd.": another abbreviation continues the name.
      if (text.charCodeAt(next + word.length) === Ch.Dot && classifyStop(word) !== 'word') return false;
      return !isContinuationWord(word);
    }
    default:
      return true;
  }
}

/** How far the open sentence is known to hold no letter or digit, so no character is scanned twice. */
interface WordScan {
  start: number;
  clearUpTo: number;
}

/** Nothing but marks, spaces and stops from the sentence's start up to `stop`? */
function onlyMarksBefore(text: string, start: number, stop: number, scan: WordScan): boolean {
  let k = scan.start === start ? Math.max(start, scan.clearUpTo) : start;
  for (; k < stop; k++) {
    if (isAlphanumeric(text.charCodeAt(k))) return false;
  }
  scan.start = start;
  scan.clearUpTo = stop;
  return true;
}

function closedByQuote(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== Ch.CloseParen && c !== Ch.CloseBracket) return true;
  }
  return false;
}

/** `"Why?" Trump asked`: up to four capitalised words, then a speech verb. */
function speechFollows(text: string, next: number): boolean {
  let i = next;
  for (let words = 0; words < 5; words++) {
    const word = wordAt(text, i);
    if (word === '') return false;
    if (SPEECH_VERBS.has(word.toLowerCase())) return true;
    if (!isUpper(word.charCodeAt(0))) return false;
    i += word.length;
    const c = text.charCodeAt(i);
    if (c === Ch.Comma || c === Ch.Dot) i++; // "Donald J. Trump", "Trump, asked"
    if (!isWhitespace(text.charCodeAt(i))) return false;
    while (i < text.length && isWhitespace(text.charCodeAt(i)) && !isParagraphBreak(text, i)) i++;
  }
  return false;
}

function isParagraphBreak(text: string, i: number): boolean {
  return text.charCodeAt(i) === Ch.LineFeed && text.charCodeAt(i + 1) === Ch.LineFeed;
}

const MAX_WORD = 40;

/** The word (letters, digits, apostrophes, hyphens) starting at i, up to 40 characters. */
function wordAt(text: string, i: number): string {
  let j = i;
  while (j < text.length && j - i < MAX_WORD) {
    const c = text.charCodeAt(j);
    if (isAlphanumeric(c) || ((c === Ch.Apostrophe || c === Ch.RightSingleQuote || c === Ch.Hyphen) && j > i)) j++;
    else break;
  }
  return text.slice(i, j);
}

/**
 * Where the word before the stop at `stop` starts, dots inside it kept ("U.S" for "U.S."), at most 40
 * characters back; -1 when a digit comes right before it (a number, not a word).
 */
function wordStartBefore(text: string, start: number, stop: number): number {
  let i = stop;
  while (i > start && stop - i < MAX_WORD) {
    const c = text.charCodeAt(i - 1);
    if (isLetter(c) || c === Ch.Dot) i--;
    else break;
  }
  if (i > start && stop - i < MAX_WORD) {
    const c = text.charCodeAt(i - 1);
    if (isDigit(c)) return -1;
  }
  return i;
}
