// Finds direct quotes: one quote per pair of double quotation marks inside prose.
//
// One linear pass over the prose segments of each paragraph. Curly marks say which way they face;
// a straight mark is read from its neighbours (after a space, an opening bracket or a dash it opens,
// otherwise it closes) and straight marks then pair in order. A straight mark right after a digit is
// an inch mark (6'2", a 12" pipe), never a quote. A quote left open at the end of a paragraph goes on
// into the next paragraph when that one opens with a quotation mark (the news convention for a quote
// that runs over several paragraphs); otherwise it is unclosed and ends with its paragraph.
import type { Prose, Quotes, Range, Segments } from './types';
import { tally } from './instrument';
import { QuoteColumns } from './quotes/columns';
import { isDigit } from './text/chars';
import { isTitleCase } from './text/title-case';
import { markFinder, type QuoteMarks } from './quotes/marks';

const STRAIGHT = 0x22; // "
const OPEN_CURLY = 0x201c; // “
const CLOSE_CURLY = 0x201d; // ”

/** The longest quoted phrase (in words) that can be a scare quote, title or slogan. */
const SCARE_MAX_WORDS = 4;

/** The quotes while they are found (see QuoteColumns). */
const foundQuotes = new QuoteColumns();

/**
 * Finds every quote; attribution fields start empty (method 'none') and are filled by attribution.ts.
 * Given the mention pass's complete record of the prose's quotation marks, reads the marks from it.
 */
export function findQuotes(text: string, prose: Prose, recorded?: QuoteMarks): Quotes {
  const quotes = foundQuotes;
  quotes.clear(); // should an earlier pass have thrown before taking its columns
  const paragraphs = prose.paragraphs;
  // The open quote, held in locals rather than an object per quote: its opening mark (-1: none is
  // open), its paragraphs, and the curly opening marks inside it that still wait for their closing mark.
  let openStart = -1;
  let openFirst = -1;
  let openLast = -1;
  let nested = 0;
  // Offset of the mark that carries an open quote on into this paragraph (consumed, not re-read).
  let continuationMark = -1;
  let work = 0; // characters visited, for the scaling tests
  const marks = markFinder(text, recorded);
  const segments = prose.segments;
  const { firstSegments, blocks } = paragraphs;
  // The segment being read, refilled for each (markFacing reads its bounds).
  const seg: Range = { start: 0, end: 0 };

  for (let p = 0; p < paragraphs.length; p++) {
    for (let s = firstSegments[p]!; s < firstSegments[p + 1]!; s++) {
      seg.start = segments.starts[s]!;
      seg.end = segments.ends[s]!;
      work += seg.end - seg.start;
      for (let i = marks.next(seg.start); i < seg.end; i = marks.next(i + 1)) {
        const c = text.charCodeAt(i);
        if (i === continuationMark) continue;
        const facing = markFacing(text, i, seg, openStart >= 0);
        if (facing === 'none') continue;
        if (openStart < 0) {
          if (facing === 'open') {
            openStart = i;
            openFirst = openLast = p;
            nested = 0;
          }
          continue; // a stray closing mark opens nothing
        }
        if (c === OPEN_CURLY) {
          nested++;
          continue;
        }
        if (c === CLOSE_CURLY && nested > 0) {
          nested--;
          continue;
        }
        addQuote(quotes, text, openStart, openFirst, openLast, i + 1, true);
        openStart = -1;
      }
    }
    if (openStart < 0) continue;
    const next = p + 1 < paragraphs.length;
    const nextStart = next ? firstProseOffset(segments, firstSegments[p + 1]!, firstSegments[p + 2]!) : -1;
    // The next paragraph goes on with the quote when it opens with the same kind of mark (a straight
    // quote is not continued by a curly one: that is a new quote after a stray mark).
    if (next && blocks[p] !== 'heading' && blocks[p + 1] !== 'heading' && nextStart >= 0 && opensWithMark(text, nextStart) && sameStyle(text, openStart, nextStart)) {
      openLast = p + 1;
      nested = 0;
      continuationMark = nextStart;
    } else {
      addQuote(quotes, text, openStart, openFirst, openLast, paragraphs.ends[p]!, false);
      openStart = -1;
    }
  }
  tally('quotes', work);
  return quotes.take();
}

type Facing = 'open' | 'close' | 'none';

/** Which way the mark at `i` faces; 'none' for inch marks. */
function markFacing(text: string, i: number, seg: Range, inQuote: boolean): Facing {
  const c = text.charCodeAt(i);
  if (c === OPEN_CURLY) return 'open';
  if (c === CLOSE_CURLY) return 'close';
  const prev = i > seg.start ? text.charCodeAt(i - 1) : -1;
  const next = i + 1 < seg.end ? text.charCodeAt(i + 1) : -1;
  if (isDigit(prev) && isInchMark(text, i, seg, inQuote, next)) return 'none';
  if (inQuote) return 'close';
  if (prev === -1 || opensAfter(prev)) return 'open';
  // After a letter or punctuation: it closes, unless a word follows straight on ('said"Yes"' typos).
  return next === -1 || isSpace(next) || isPunctuation(next) ? 'close' : 'open';
}

/** A straight mark after a digit is an inch mark; inside an open quote only when it plainly measures. */
function isInchMark(text: string, i: number, seg: Range, inQuote: boolean, next: number): boolean {
  if (!inQuote) return true;
  // 6'2" (feet and inches) or 12"-pipe / 12"x: a measurement even inside a quote.
  let j = i - 1;
  while (j > seg.start && isDigit(text.charCodeAt(j - 1))) j--;
  const before = j > seg.start ? text.charCodeAt(j - 1) : -1;
  if (before === 0x27 || before === 0x2019) return true;
  return next === 0x2d || isLetter(next);
}

function addQuote(quotes: QuoteColumns, text: string, start: number, firstParagraph: number, lastParagraph: number, end: number, closed: boolean): void {
  const scare = closed && firstParagraph === lastParagraph && looksLikePhrase(text, { start: start + 1, end: end - 1 });
  quotes.push(start, end, firstParagraph, lastParagraph, closed, scare);
}

/**
 * A short phrase with no sentence-ending punctuation: what scare quotes, titles, slogans and
 * nicknames look like. Attribution clears the flag when the phrase turns out to have a speaker.
 */
export function looksLikePhrase(text: string, content: Range): boolean {
  const { start, end } = content;
  const stop = phraseStop(text, start, end);
  const phrase = stop < 0;
  if (end <= start || text.charCodeAt(end - 1) !== 0x2e) return phrase;
  // Without the final stop, the scan reads the same up to two characters before the end: a fifth
  // word or a sentence's end found before there (what long quotes meet) gives the same answer.
  if (stop >= 0 && stop < end - 2) return phrase;
  // Titles keep the full stop American style puts inside the marks: "Fox and Friends." Title case,
  // the costlier test, is asked only when the stop changes the answer.
  const phraseWithoutStop = phraseStop(text, start, end - 1) < 0;
  if (phraseWithoutStop === phrase) return phrase;
  return isTitleCase(text, content) ? phraseWithoutStop : phrase;
}

/**
 * Is text[start, end) a short phrase? -1 when it is; otherwise where the scan found it is not (a
 * sentence's end, or the first character of a word too many), or `end` when it holds no word.
 */
function phraseStop(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      inWord = false;
      continue;
    }
    if ((c === 0x2e || c === 0x21 || c === 0x3f) && endsSentence(text, i, end)) return i;
    if (!inWord) {
      inWord = true;
      if (++words > SCARE_MAX_WORDS) return i;
    }
  }
  return words > 0 ? -1 : end;
}

/** `.`, `!`, `?` end a sentence when followed by a space or the end, unless the period closes an
 *  abbreviation made of initials ("U.S.", "J.") */
function endsSentence(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 0x2e) return true;
  if (i + 1 < end && !isSpace(text.charCodeAt(i + 1))) return false;
  const initial = i >= 1 && isUpper(text.charCodeAt(i - 1)) && (i === 1 || !isLetter(text.charCodeAt(i - 2)));
  return !initial || text.charCodeAt(i - 1) === 0x49; // "Neither do I." ends a sentence
}

/** The first prose offset of the segments segments[from, to); -1 when all are empty. */
function firstProseOffset(segments: Segments, from: number, to: number): number {
  for (let s = from; s < to; s++) if (segments.ends[s]! > segments.starts[s]!) return segments.starts[s]!;
  return -1;
}

function opensWithMark(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === STRAIGHT || c === OPEN_CURLY;
}

function sameStyle(text: string, a: number, b: number): boolean {
  return (text.charCodeAt(a) === STRAIGHT) === (text.charCodeAt(b) === STRAIGHT);
}

/** Characters after which a straight mark opens a quote. */
function opensAfter(c: number): boolean {
  return (
    isSpace(c) ||
    c === 0x28 || c === 0x5b || c === 0x7b || // ( [ {
    c === 0x2014 || c === 0x2013 || // — –
    c === 0x27 || c === 0x2018 || // ' ‘ (an opening single mark right before)
    c === OPEN_CURLY
  );
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || (c >= 0x2000 && c <= 0x200a);
}

function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f);
}

function isPunctuation(c: number): boolean {
  // , . ; : ! ? ) ] } — – …
  return (
    c === 0x2c || c === 0x2e || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x3f ||
    c === 0x29 || c === 0x5d || c === 0x7d || c === 0x2014 || c === 0x2013 || c === 0x2026 ||
    c === 0x27 || c === 0x2019
  );
}
