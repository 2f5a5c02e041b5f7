// A linear pre-scan for nesting, before any YAML parser runs: the parser's time grows faster than
// linearly with depth (a 2 MB file of nested brackets takes it tens of seconds), so extreme depth is
// refused from the raw text. It follows YAML closely enough for entity files: quoted scalars,
// comments, flow brackets (everywhere in flow context, at the start of a value in block context) and
// the indentation of block lines. Where it cannot tell, it counts more, never less.
import { MAX_DEPTH, MAX_INDENT } from './limits';

export type NestingProblem = { offset: number; kind: 'flow' | 'indent' };

const enum Char {
  Tab = 0x09, Newline = 0x0a, Return = 0x0d, Space = 0x20, DoubleQuote = 0x22, Hash = 0x23,
  Ampersand = 0x26, Quote = 0x27, Comma = 0x2c, Dash = 0x2d, Colon = 0x3a, Question = 0x3f,
  Bang = 0x21, Backslash = 0x5c, OpenBracket = 0x5b, CloseBracket = 0x5d, OpenBrace = 0x7b, CloseBrace = 0x7d,
}

const isBlank = (code: number) => code === Char.Space || code === Char.Tab;
const isBreak = (code: number) => code === Char.Newline || code === Char.Return;
const isWhite = (code: number) => isBlank(code) || isBreak(code) || Number.isNaN(code);

/** The first place where flow nesting passes MAX_DEPTH or a line is indented past MAX_INDENT; else null. */
export function findExcessiveNesting(text: string): NestingProblem | null {
  let flowDepth = 0;
  let i = 0;
  // True where a scalar or collection may start: after a value indicator, a flow opener or comma.
  let valueStart = true;
  while (i < text.length) {
    const lineStart = i === 0 || isBreak(text.charCodeAt(i - 1));
    if (lineStart) {
      // Indentation and compact block indicators (`- - ? x`) together set the line's depth.
      let column = 0;
      while (i < text.length) {
        const code = text.charCodeAt(i);
        if (isBlank(code)) { i++; column++; continue; }
        const isIndicator = code === Char.Dash || code === Char.Question || code === Char.Colon;
        if (flowDepth === 0 && isIndicator && isWhite(text.charCodeAt(i + 1))) {
          if (column >= MAX_INDENT) return { offset: i, kind: 'indent' };
          i++; column++;
          continue;
        }
        break;
      }
      const content = i < text.length && !isBreak(text.charCodeAt(i));
      if (flowDepth === 0 && column >= MAX_INDENT && content) return { offset: i, kind: 'indent' };
      valueStart = true;
    }
    if (i >= text.length) break;
    const code = text.charCodeAt(i);
    if (isBreak(code)) { i++; continue; }
    if (isBlank(code)) { i++; continue; }
    if (code === Char.Hash && (i === 0 || isWhite(text.charCodeAt(i - 1)))) {
      while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
      continue;
    }
    if ((code === Char.DoubleQuote || code === Char.Quote) && valueStart) {
      i = skipQuoted(text, i);
      valueStart = false;
      continue;
    }
    if ((code === Char.Ampersand || code === Char.Bang) && valueStart) {
      // An anchor or tag before a value: the value still starts after it.
      while (i < text.length && !isWhite(text.charCodeAt(i))) i++;
      continue;
    }
    const opens = code === Char.OpenBracket || code === Char.OpenBrace;
    if (opens && (flowDepth > 0 || valueStart)) {
      if (++flowDepth > MAX_DEPTH) return { offset: i, kind: 'flow' };
      i++;
      valueStart = true;
      continue;
    }
    if (flowDepth > 0 && (code === Char.CloseBracket || code === Char.CloseBrace)) {
      flowDepth--;
      i++;
      valueStart = false;
      continue;
    }
    if (flowDepth > 0 && code === Char.Comma) {
      i++;
      valueStart = true;
      continue;
    }
    if (code === Char.Colon && (isWhite(text.charCodeAt(i + 1)) || flowDepth > 0)) {
      i++;
      valueStart = true;
      continue;
    }
    if ((code === Char.Dash || code === Char.Question) && valueStart && isWhite(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    // Any other character: plain text, until the next indicator the loop above recognises.
    i++;
    valueStart = false;
  }
  return null;
}

/** The offset after a quoted scalar starting at `start` (or the end of the text if it never closes). */
function skipQuoted(text: string, start: number): number {
  const quote = text.charCodeAt(start);
  let i = start + 1;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (quote === Char.DoubleQuote && code === Char.Backslash) { i += 2; continue; }
    if (code === quote) {
      if (quote === Char.Quote && text.charCodeAt(i + 1) === Char.Quote) { i += 2; continue; }
      return i + 1;
    }
    i++;
  }
  return i;
}
