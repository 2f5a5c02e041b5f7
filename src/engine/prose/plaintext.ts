// Plain-text paragraphs. A blank line ends a paragraph, and so does a line break after a sentence's
// end (". ! ? …", possibly followed by closing quotes or brackets: `."` `?”` `.'` `.)`). A line that
// stops mid-sentence runs on into the next, as wire copy breaks lines. One pass over the text. A
// headline standing apart on the first line is a heading.
import * as chars from '../text/chars';
import { stopNeverEnds } from '../text/abbreviations';
import type { Prose } from '../types';
import { isPlainTextHeadline } from './headline';
import { ParagraphColumns } from './paragraphs';
import { SegmentColumns } from './segments';
import { tally } from '../instrument';

const { isClosingMark, isLineBreak, isSentenceEnd, isWhitespace, Ch } = chars;

/** The paragraphs and their segments while they are found (see paragraphs.ts, segments.ts). */
const found = new ParagraphColumns();
const foundSegments = new SegmentColumns();

export function plainTextProse(text: string): Prose {
  // A plain-text paragraph is one segment, the whole paragraph.
  const paragraphs = found;
  paragraphs.clear(); // should an earlier scan have thrown before handing its list out
  const segments = foundSegments;
  segments.clear();
  const paragraph = (start: number, end: number) => {
    paragraphs.push(start, end, segments.length, 'paragraph');
    segments.push(start, end);
  };
  let start = -1; // first non-blank character of the open paragraph
  let end = -1; // end of its last non-blank character
  let lineStart = 0;
  const n = text.length;
  let work = 0; // characters the line loops visit, for the scaling tests
  while (lineStart <= n) {
    let lineEnd = lineStart;
    while (lineEnd < n && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
    work += lineEnd - lineStart + 1;
    let first = lineStart;
    while (first < lineEnd && isWhitespace(text.charCodeAt(first))) first++;
    if (first === lineEnd) {
      if (start >= 0) paragraph(start, end);
      start = -1;
    } else {
      let last = lineEnd;
      while (last > first && isWhitespace(text.charCodeAt(last - 1))) last--;
      if (start < 0) start = first;
      end = last;
      if (endsSentence(text, first, last)) {
        paragraph(start, end);
        start = -1;
      }
    }
    if (lineEnd >= n) break;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === Ch.CarriageReturn && text.charCodeAt(lineEnd + 1) === Ch.LineFeed ? 2 : 1);
  }
  if (start >= 0) paragraph(start, end);
  tally('prose', work);
  // A short first line standing apart is the draft's headline, its heading (headline.ts).
  if (segments.length > 1 && isPlainTextHeadline(text, segments.start(0), segments.end(0), segments.start(1))) paragraphs.setBlock(0, 'heading');
  return { paragraphs: paragraphs.take(segments.length), segments: segments.take(), citations: [], comments: [] };
}

/**
 * Does the line [first, last) end a sentence: terminal punctuation, then only closing marks; or a
 * closing double quotation mark (`… called it “a sham”`), unless a comma or dash comes before it
 * (`"Yes,"` goes on to `he said`)? A bare single mark may be an apostrophe (`Lewis'`), so it ends a
 * line's sentence only after punctuation.
 */
function endsSentence(text: string, first: number, last: number): boolean {
  const lastChar = text.charCodeAt(last - 1);
  if ((lastChar === Ch.RightDoubleQuote || lastChar === Ch.DoubleQuote) && last - 1 > first) {
    const before = text.charCodeAt(last - 2);
    // `"Yes,"` and `"a sham" -` go on; an opening `"` at a line end (after a space) goes on too.
    if (!isWhitespace(before) && before !== Ch.Comma && before !== Ch.Semicolon && before !== Ch.Colon && before !== Ch.Hyphen && before !== 0x2014 && before !== 0x2013) return true;
  }
  let i = last;
  while (i > first && isClosingMark(text.charCodeAt(i - 1))) i--;
  if (i === first || !isSentenceEnd(text.charCodeAt(i - 1))) return false;
  if (text.charCodeAt(i - 1) !== Ch.Dot || i !== last) return true;
  // "… said Sen.|John Smith": a title or an initial before the line break does not end the sentence.
  const stop = i - 1;
  let w = stop;
  while (w > first && !isWhitespace(text.charCodeAt(w - 1)) && !isClosingMark(text.charCodeAt(w - 1)) && text.charCodeAt(w - 1) !== Ch.OpenParen) w--;
  return !(stop - w <= 12 && stopNeverEnds(text.slice(w, stop)));
}
