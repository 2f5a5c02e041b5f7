// The openings that are not part of a claim or a headline: a credits line ("(Reporting by …)") and a wire
// dateline ("KYIV, Dec 19 (Reuters) - "). Almost no sentence can start either, so a test of its first
// characters comes first, and a pattern runs only on the few sentences that pass it.
import * as chars from './chars';

const { isWhitespace } = chars;

const CREDITS = /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|research)\s+by\b/i;
const DATELINE = /^[A-Z][A-Z.'\- ]{1,40},(?: [A-Z][a-z]{2,8}\.? \d{1,2},?)?(?: \d{4})? ?(?:\([A-Za-z. ]{1,30}\))? ?[-\u2013\u2014] ?/;

/** The same patterns, anchored where the sentence starts in the whole text. */
const CREDITS_AT = new RegExp(CREDITS.source.replace(/^\^/, ''), 'iy');
const DATELINE_AT = new RegExp(DATELINE.source.replace(/^\^/, ''), 'y');

/** A credits line, read from the sentence's own text. */
export function creditsIn(text: string, start: number, end: number): boolean {
  return mayOpenCredits(text, start) && CREDITS.test(text.slice(start, end));
}

/** A credits line at `start`, read on into the text after the sentence if need be. */
export function creditsAt(text: string, start: number): boolean {
  if (!mayOpenCredits(text, start)) return false;
  CREDITS_AT.lastIndex = start;
  return CREDITS_AT.test(text);
}

/** The length of the dateline opening the sentence, read from its own text; 0 if none. */
export function datelineIn(text: string, start: number, end: number): number {
  if (!mayOpenDateline(text, start)) return 0;
  const dateline = DATELINE.exec(text.slice(start, end));
  return dateline ? dateline[0].length : 0;
}

/** The length of a dateline at `start` that ends by `end`, read on into the text after it if need be; 0 if none. */
export function datelineAt(text: string, start: number, end: number): number {
  if (!mayOpenDateline(text, start)) return 0;
  DATELINE_AT.lastIndex = start;
  const dateline = DATELINE_AT.exec(text);
  return dateline && start + dateline[0].length <= end ? dateline[0].length : 0;
}

/** The first two letters of the words a credits line opens with ("additional", "reporting" …). */
const CREDITS_OPENINGS = ['ad', 're', 'wr', 'ed', 'co'].map((pair) => pair.charCodeAt(0) * 128 + pair.charCodeAt(1));

/** Whether CREDITS can match at `start`: after an optional "(" and spaces, one of its words begins. */
function mayOpenCredits(text: string, start: number): boolean {
  let i = start;
  if (text.charCodeAt(i) === 0x28) i++;
  while (isWhitespace(text.charCodeAt(i))) i++;
  // Lower-cased by setting the 0x20 bit, which turns no character but a capital into a letter.
  return CREDITS_OPENINGS.includes((text.charCodeAt(i) | 0x20) * 128 + (text.charCodeAt(i + 1) | 0x20));
}

/** Whether DATELINE can match at `start`: a capital, then 1 to 40 of [A-Z.'\- ], then a comma. */
function mayOpenDateline(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  if (c < 0x41 || c > 0x5a) return false;
  let i = start + 1;
  while (i - start <= 40 && isDatelinePlace(text.charCodeAt(i))) i++;
  return i > start + 1 && text.charCodeAt(i) === 0x2c;
}

function isDatelinePlace(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || c === 0x2e || c === 0x27 || c === 0x2d || c === 0x20;
}
