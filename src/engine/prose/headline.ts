// A plain-text draft's headline. Markdown marks its headings; plain text has only the shape of its first
// line: one short line standing apart above the story, written as headlines are (without a full stop,
// in title case, or a few words), and no wire dateline, which opens a lede. As a heading it is no
// claim and may name people by surname (SPEC §3).
import { isAlphanumeric, isClosingMark, isLineBreak, isSentenceEnd, isWhitespace } from '../text/chars';
import { datelineIn } from '../text/openers';
import { isTitleCase } from '../text/title-case';

/** More words than this and the line is a lede, whatever its shape. */
const MAX_WORDS = 25;
/** This many words or fewer, a line standing apart at the top is a headline even with a full stop. */
const FEW_WORDS = 8;

/**
 * Whether the first paragraph, text[start, end), is a headline, the next paragraph starting at `next`:
 * a single line with a blank line after it.
 */
export function isPlainTextHeadline(text: string, start: number, end: number, next: number): boolean {
  if (end - start > 400 || !standsApart(text, end, next)) return false;
  for (let i = start; i < end; i++) if (isLineBreak(text.charCodeAt(i))) return false;
  const words = wordCount(text, start, end);
  if (words === 0 || words > MAX_WORDS || datelineIn(text, start, end) > 0) return false;
  return words <= FEW_WORDS || !endsWithStop(text, start, end) || isTitleCase(text, { start, end });
}

/** A blank line between the end of one paragraph and the start of the next. */
function standsApart(text: string, end: number, next: number): boolean {
  let breaks = 0;
  for (let i = end; i < next; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) continue; // CRLF is one break
    if (isLineBreak(c)) breaks++;
  }
  return breaks >= 2;
}

/** Runs of characters between whitespace that hold a letter or digit. */
function wordCount(text: string, start: number, end: number): number {
  let words = 0;
  let inWord = false;
  let counted = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isWhitespace(c)) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      counted = false;
    }
    if (!counted && isAlphanumeric(c)) {
      counted = true;
      words++;
    }
  }
  return words;
}

/** Sentence-ending punctuation at the end, before any closing marks. */
function endsWithStop(text: string, start: number, end: number): boolean {
  let i = end;
  while (i > start && isClosingMark(text.charCodeAt(i - 1))) i--;
  return i > start && isSentenceEnd(text.charCodeAt(i - 1));
}
