// Character classes by UTF-16 code unit, so scanners never slice strings to look at one character.
//
// Scanners bind what they use once (`const { Ch, isWhitespace } = chars`): run unbundled (tests, the
// bench), every access to an imported binding goes through a getter, which costs a call per character.

export const Ch = {
  Tab: 9,
  LineFeed: 10,
  CarriageReturn: 13,
  Space: 32,
  Exclamation: 33,
  DoubleQuote: 34,
  Hash: 35,
  Ampersand: 38,
  Apostrophe: 39,
  OpenParen: 40,
  CloseParen: 41,
  Asterisk: 42,
  Plus: 43,
  Comma: 44,
  Hyphen: 45,
  Dot: 46,
  Slash: 47,
  Digit0: 48,
  Digit9: 57,
  Colon: 58,
  Semicolon: 59,
  LessThan: 60,
  Equals: 61,
  GreaterThan: 62,
  Question: 63,
  OpenBracket: 91,
  Backslash: 92,
  CloseBracket: 93,
  Caret: 94,
  Underscore: 95,
  Backtick: 96,
  LowerS: 115,
  Pipe: 124,
  Tilde: 126,
  NoBreakSpace: 0xa0,
  LeftSingleQuote: 0x2018,
  RightSingleQuote: 0x2019,
  LeftDoubleQuote: 0x201c,
  RightDoubleQuote: 0x201d,
  Ellipsis: 0x2026,
} as const;

export function isLineBreak(c: number): boolean {
  return c === Ch.LineFeed || c === Ch.CarriageReturn;
}

/** Spaces, tabs, line breaks and the Unicode spaces news copy carries (no-break, thin, em…). */
export function isWhitespace(c: number): boolean {
  // Most characters a scanner asks about are printable ASCII: one range test answers for them all.
  if (c > Ch.Space && c < Ch.NoBreakSpace) return false;
  return (
    c === Ch.Space ||
    c === Ch.Tab ||
    c === Ch.LineFeed ||
    c === Ch.CarriageReturn ||
    c === 11 ||
    c === 12 ||
    c === Ch.NoBreakSpace ||
    c === 0x1680 || // ogham space mark
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

export function isDigit(c: number): boolean {
  return c >= Ch.Digit0 && c <= Ch.Digit9;
}

export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isUpper(c: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0 || isGeneralPunctuation(c)) return false;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

export function isLower(c: number): boolean {
  if (c >= 97 && c <= 122) return true;
  if (c < 0xc0 || isGeneralPunctuation(c)) return false;
  const s = String.fromCharCode(c);
  return s !== s.toUpperCase() && s === s.toLowerCase();
}

/**
 * Curly quotes, dashes, the ellipsis and the Unicode spaces: caseless, and next to words all through
 * news copy, so they skip the string that the case test of other characters makes.
 */
function isGeneralPunctuation(c: number): boolean {
  return c >= 0x2000 && c <= 0x206f;
}

/** A letter in any script (approximated: has case, or is beyond Latin-1 and not punctuation/space). */
export function isLetter(c: number): boolean {
  if (isAsciiLetter(c)) return true;
  if (c < 0xc0) return false;
  if (c === 0xd7 || c === 0xf7) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows
  if (c >= 0x3000 && c <= 0x303f) return false;
  if (c >= 0xd800 && c <= 0xdfff) return false; // surrogate halves
  return !isWhitespace(c);
}

export function isAlphanumeric(c: number): boolean {
  return isDigit(c) || isLetter(c);
}

/** ASCII punctuation, as CommonMark's backslash escapes and flanking rules use it. */
export function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

/** Marks that may close a quotation or a parenthesis after sentence-ending punctuation. */
export function isClosingMark(c: number): boolean {
  return (
    c === Ch.DoubleQuote ||
    c === Ch.Apostrophe ||
    c === Ch.RightDoubleQuote ||
    c === Ch.RightSingleQuote ||
    c === Ch.CloseParen ||
    c === Ch.CloseBracket ||
    c === 0xbb // »
  );
}

/** Marks that may open a quotation or a parenthesis at a sentence's start. */
export function isOpeningMark(c: number): boolean {
  return (
    c === Ch.DoubleQuote ||
    c === Ch.Apostrophe ||
    c === Ch.LeftDoubleQuote ||
    c === Ch.LeftSingleQuote ||
    c === Ch.OpenParen ||
    c === Ch.OpenBracket ||
    c === 0xab // «
  );
}

export function isSentenceEnd(c: number): boolean {
  return c === Ch.Dot || c === Ch.Exclamation || c === Ch.Question || c === Ch.Ellipsis;
}
