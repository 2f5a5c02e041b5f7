// The block pass of the markdown scanner: which lines hold paragraph text, and where.
//
// A small linear scanner rather than a markdown library: the whole analysis of a 1 MB draft has a
// budget of about 50 ms (SPEC §6), less than a full CommonMark parser spends building a tree (on a
// 1.2 MB draft of news copy, this scanner takes about 5 ms; markdownlint, which parses with
// micromark, about 3 s with its default rules). It follows CommonMark for the blocks that decide
// what is prose, and simplifies the rest: lazy continuation lines across a block quote change start
// a new paragraph, list items are tracked by the content column of the latest item only, and
// reference definitions must fit on one line.
// Tables (GFM) are read as prose: each cell is a paragraph of its own, the delimiter row is skipped.
import * as chars from '../text/chars';
import { collapseWhitespace } from '../text/spacing';
import type { BlockKind } from '../types';

const { Ch, isAsciiLetter, isWhitespace } = chars;

/**
 * The paragraphs found, in text order, before inline syntax is cut, without an object each: the lines
 * of content of them all in one list, and per paragraph where its lines end and its kind of block.
 * The lists are reused from one document to the next (grown anew for each, they would be copied over
 * and over): only their first `lineCount` and `count` entries are this document's.
 */
export class RawParagraphs {
  /** Flat pairs of start, end offsets: the lines of every paragraph, one paragraph after the other. */
  readonly lines: number[] = [];
  /**
   * The same lines without the whitespace around them, for the segments: trimmed here, while the
   * pass has just read the line's ends, rather than later, when those characters are out of cache.
   */
  readonly trimmed: number[] = [];
  /** Per paragraph: where its lines end in `lines`; they start where the previous paragraph's end. */
  readonly ends: number[] = [];
  readonly blocks: BlockKind[] = [];
  lineCount = 0;
  count = 0;

  /** Empties the lists for a new document, keeping their stores. */
  clear(): void {
    this.lineCount = 0;
    this.count = 0;
  }

  /** Adds the line text[start, end) to the paragraph being built. */
  addLine(text: string, start: number, end: number): void {
    let first = start;
    while (first < end && isWhitespace(text.charCodeAt(first))) first++;
    let last = end;
    while (last > first && isWhitespace(text.charCodeAt(last - 1))) last--;
    this.trimmed[this.lineCount] = first;
    this.lines[this.lineCount++] = start;
    this.trimmed[this.lineCount] = last;
    this.lines[this.lineCount++] = end;
  }

  /** Ends the paragraph being built: its lines are those added since the last one ended. */
  endParagraph(block: BlockKind): void {
    this.ends[this.count] = this.lineCount;
    this.blocks[this.count] = block;
    this.count++;
  }
}

const reusedParagraphs = new RawParagraphs();

export interface BlockScan {
  paragraphs: RawParagraphs;
  /** HTML blocks as flat pairs of start, end offsets: searched for Copydesk comments. */
  html: number[];
  /** Normalised labels of link reference definitions. */
  labels: Set<string>;
}

interface Fence {
  char: number;
  length: number;
  depth: number;
}

interface HtmlBlock {
  /** 'blank': ends at a blank line; otherwise the lower-case text that ends it. */
  end: string;
  start: number;
  depth: number;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'base', 'basefont', 'blockquote', 'body', 'caption', 'center', 'col',
  'colgroup', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hr',
  'html', 'iframe', 'legend', 'li', 'link', 'main', 'menu', 'menuitem', 'nav', 'noframes', 'ol',
  'optgroup', 'option', 'p', 'param', 'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot',
  'th', 'thead', 'title', 'tr', 'track', 'ul',
]);
const RAW_TAGS = new Set(['script', 'pre', 'style', 'textarea']);

/** The end of the line starting at `from`: the next \n or \r, or the end of the text. */
function lineEndFrom(text: string, from: number, hasCarriageReturn: boolean): number {
  if (!hasCarriageReturn) {
    const end = text.indexOf('\n', from);
    return end < 0 ? text.length : end;
  }
  return lineEndAt(text, from);
}

export function scanBlocks(text: string): BlockScan {
  const scanner = new BlockScanner(text);
  scanner.scan();
  return scanner.finish();
}

/**
 * The block pass's state between lines. Each line is read by a method of its own: a function called
 * per line is optimised once and stays so, where one loop over the whole document in a function
 * called once per document would be optimised anew, mid-loop, for every document.
 */
class BlockScanner {
  readonly paragraphs = reusedParagraphs;
  readonly html: number[] = [];
  readonly labels = new Set<string>();
  /** The open paragraph's kind of block (null: none is open), its depth, and where its lines start. */
  private openBlock: BlockKind | null = null;
  private openDepth = 0;
  private openFrom = 0;
  private fence: Fence | null = null;
  private htmlBlock: HtmlBlock | null = null;
  private table: { depth: number } | null = null;
  private listIndent = -1;
  private lastBlank = true;
  /** The end of the line before the current one. */
  private prevLineEnd: number;

  constructor(private readonly text: string) {
    this.paragraphs.clear();
    this.prevLineEnd = skipFrontMatter(text);
  }

  scan(): void {
    const text = this.text;
    const n = text.length;
    // Without a \r anywhere, each line's end is one native search for \n.
    const hasCarriageReturn = text.indexOf('\r') >= 0;
    let lineStart = this.prevLineEnd;
    while (lineStart < n) {
      const lineEnd = lineEndFrom(text, lineStart, hasCarriageReturn);
      this.line(lineStart, lineEnd);
      this.prevLineEnd = lineEnd;
      lineStart = lineEnd >= n ? n : lineEnd + (text.charCodeAt(lineEnd) === Ch.CarriageReturn && text.charCodeAt(lineEnd + 1) === Ch.LineFeed ? 2 : 1);
    }
  }

  finish(): BlockScan {
    this.close();
    if (this.htmlBlock) this.html.push(this.htmlBlock.start, this.text.length);
    return { paragraphs: this.paragraphs, html: this.html, labels: this.labels };
  }

  /** Opens a paragraph whose first line is [start, end); none may be open. */
  private openParagraph(block: BlockKind, depth: number, start: number, end: number): void {
    this.openBlock = block;
    this.openDepth = depth;
    this.openFrom = this.paragraphs.lineCount;
    this.paragraphs.addLine(this.text, start, end);
  }

  /** Ends the open paragraph, if any. */
  private close(): void {
    if (this.openBlock === null) return;
    this.paragraphs.endParagraph(this.openBlock);
    this.openBlock = null;
  }

  /**
   * A line that `startsPlainLine` lets through, outside fences, HTML blocks and tables: what `line`
   * does with a line at depth 0 without indentation whose first character opens no block.
   */
  private plainLine(lineStart: number, lineEnd: number): void {
    if (this.openBlock !== null && this.openDepth !== 0) this.close();
    if (this.listIndent > 0 && this.lastBlank) this.listIndent = -1;
    if (this.openBlock !== null) this.paragraphs.addLine(this.text, lineStart, lineEnd);
    else this.openParagraph(this.listIndent === 0 ? 'item' : 'paragraph', 0, lineStart, lineEnd);
    this.lastBlank = false;
  }

  private blankLine(): void {
    this.close();
    this.table = null;
    this.lastBlank = true;
  }

  private line(lineStart: number, lineEnd: number): void {
    const text = this.text;
    if (this.fence === null && this.htmlBlock === null) {
      // Empty lines and lines of plain text, most of a draft, skip the general tests.
      if (lineStart === lineEnd) {
        this.blankLine();
        return;
      }
      if (this.table === null && startsPlainLine(text.charCodeAt(lineStart))) {
        this.plainLine(lineStart, lineEnd);
        return;
      }
    }
    // Block quote markers.
    const maxDepth = this.fence ? this.fence.depth : this.htmlBlock ? this.htmlBlock.depth : Number.MAX_SAFE_INTEGER;
    let p = lineStart;
    let depth = 0;
    while (depth < maxDepth) {
      let q = p;
      while (q - p < 3 && text.charCodeAt(q) === Ch.Space) q++;
      if (q < lineEnd && text.charCodeAt(q) === Ch.GreaterThan) {
        depth++;
        p = q + 1;
        const after = text.charCodeAt(p);
        if (p < lineEnd && (after === Ch.Space || after === Ch.Tab)) p++;
      } else break;
    }

    let q = p;
    let indent = 0;
    while (q < lineEnd) {
      const c = text.charCodeAt(q);
      if (c === Ch.Space) indent++;
      else if (c === Ch.Tab) indent += 4 - (indent % 4);
      else break;
      q++;
    }
    const blank = q >= lineEnd || isBlankFrom(text, q, lineEnd);

    if (this.fence) {
      if (depth < this.fence.depth) this.fence = null;
      else {
        if (indent < 4 && isFenceClose(text, q, lineEnd, this.fence)) this.fence = null;
        return;
      }
    }
    if (this.htmlBlock) {
      if (depth < this.htmlBlock.depth) {
        this.html.push(this.htmlBlock.start, this.prevLineEnd);
        this.htmlBlock = null;
      } else {
        if (this.htmlBlock.end === 'blank' ? blank : containsLower(text, lineStart, lineEnd, this.htmlBlock.end)) {
          this.html.push(this.htmlBlock.start, blank ? this.prevLineEnd : lineEnd);
          this.htmlBlock = null;
        }
        this.lastBlank = blank;
        return;
      }
    }

    if (blank) {
      this.blankLine();
      return;
    }
    if (this.openBlock !== null && this.openDepth !== depth) this.close();
    if (this.table && this.table.depth !== depth) this.table = null;
    if (this.listIndent >= 0 && this.lastBlank && indent < this.listIndent) this.listIndent = -1;

    const relative = this.listIndent >= 0 && indent >= this.listIndent ? indent - this.listIndent : indent;
    const c = text.charCodeAt(q);
    const open = this.openBlock !== null;
    const raws = this.paragraphs;
    const heading = relative < 4 && c === Ch.Hash ? atxHeading(text, q, lineEnd) : null;
    const fenceOpened = relative < 4 && (c === Ch.Backtick || c === Ch.Tilde) ? openFence(text, q, lineEnd, depth) : null;
    const htmlEnd = relative < 4 && c === Ch.LessThan ? htmlStart(text, q, lineEnd, open) : null;

    if (relative >= 4) {
      // Indented code, unless it continues a paragraph (indented code cannot interrupt one).
      if (open) raws.addLine(text, q, lineEnd);
      else this.table = null;
    } else if (heading) {
      this.close();
      this.table = null;
      if (heading[1] > heading[0]) addParagraph(text, this.paragraphs, 'heading', heading[0], heading[1]);
    } else if (fenceOpened) {
      this.close();
      this.table = null;
      this.fence = fenceOpened;
    } else if (htmlEnd !== null) {
      this.close();
      this.table = null;
      if (htmlEnd !== 'blank' && containsLower(text, q + 1, lineEnd, htmlEnd)) this.html.push(lineStart, lineEnd);
      else this.htmlBlock = { end: htmlEnd, start: lineStart, depth };
    } else if (open && !this.table && !(this.openBlock === 'item' && indent < this.listIndent) && (c === Ch.Equals || c === Ch.Hyphen) && isSetextUnderline(text, q, lineEnd, c)) {
      this.openBlock = 'heading';
      this.close();
    } else if ((c === Ch.Asterisk || c === Ch.Hyphen || c === Ch.Underscore) && isThematicBreak(text, q, lineEnd, c)) {
      this.close();
      this.table = null;
    } else if (listItem(text, q, lineEnd, open && this.openBlock !== 'item') >= 0) {
      this.close();
      this.table = null;
      const content = listItem(text, q, lineEnd, false);
      this.listIndent = indent + (content - q);
      if (content < lineEnd) this.openParagraph('item', depth, content, lineEnd);
    } else if (open && !this.table && raws.lineCount - this.openFrom === 2 && isDelimiterRow(text, q, lineEnd) && hasPipe(text, raws.lines[this.openFrom], raws.lines[this.openFrom + 1])) {
      // The open paragraph's one line is a table's header row: its cells take its place.
      const rowStart = raws.lines[this.openFrom];
      const rowEnd = raws.lines[this.openFrom + 1];
      raws.lineCount = this.openFrom;
      this.openBlock = null;
      pushCells(text, rowStart, rowEnd, this.paragraphs);
      this.table = { depth };
    } else if (this.table) {
      pushCells(text, q, lineEnd, this.paragraphs);
    } else if (!open && c === Ch.OpenBracket && text.charCodeAt(q + 1) !== Ch.Caret && referenceDefinition(text, q, lineEnd, this.labels)) {
      // A link reference definition: not prose.
    } else if (c === Ch.OpenBracket && text.charCodeAt(q + 1) === Ch.Caret && footnoteDefinition(text, q, lineEnd) >= 0) {
      this.close();
      this.table = null;
      const content = footnoteDefinition(text, q, lineEnd);
      this.openParagraph('paragraph', depth, content, lineEnd);
    } else if (open) {
      raws.addLine(text, q, lineEnd);
    } else {
      const inItem = this.listIndent >= 0 && indent >= this.listIndent;
      this.openParagraph(depth > 0 ? 'blockquote' : inItem ? 'item' : 'paragraph', depth, q, lineEnd);
    }
    this.lastBlank = false;
  }
}

/**
 * A line whose first character is a letter, a straight quote or any other non-space character beyond
 * ASCII (a curly quote, a dash) opens no block (no indentation, marker or fence starts so): it can
 * only go on with a paragraph or start one. Most lines of news copy start so.
 */
function startsPlainLine(c: number): boolean {
  return isAsciiLetter(c) || c === Ch.DoubleQuote || (c >= 0x80 && !isWhitespace(c));
}

/** Adds a paragraph of one line text[start, end), closed at once. */
function addParagraph(text: string, out: RawParagraphs, block: BlockKind, start: number, end: number): void {
  out.addLine(text, start, end);
  out.endParagraph(block);
}

function isBlankFrom(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhitespace(text.charCodeAt(i))) return false;
  return true;
}

/** YAML (`---`) or TOML (`+++`) front matter at the very start; returns where the body begins. */
function skipFrontMatter(text: string): number {
  const c = text.charCodeAt(0);
  if (c !== Ch.Hyphen && c !== 43 /* + */) return 0;
  const first = delimiterLineEnd(text, 0, c);
  if (first < 0) return 0;
  let lineStart = nextLine(text, first);
  while (lineStart < text.length) {
    const end = delimiterLineEnd(text, lineStart, c);
    if (end >= 0 || (c === Ch.Hyphen && dotsLineEnd(text, lineStart) >= 0)) return nextLine(text, end >= 0 ? end : dotsLineEnd(text, lineStart));
    lineStart = nextLine(text, lineEndAt(text, lineStart));
  }
  return 0; // unclosed: not front matter
}

function delimiterLineEnd(text: string, start: number, c: number): number {
  if (text.charCodeAt(start) !== c || text.charCodeAt(start + 1) !== c || text.charCodeAt(start + 2) !== c) return -1;
  const end = lineEndAt(text, start + 3);
  return isBlankFrom(text, start + 3, end) ? end : -1;
}

function dotsLineEnd(text: string, start: number): number {
  return delimiterLineEnd(text, start, Ch.Dot);
}

function lineEndAt(text: string, from: number): number {
  let i = from;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === Ch.LineFeed || c === Ch.CarriageReturn) break;
    i++;
  }
  return i;
}

function nextLine(text: string, lineEnd: number): number {
  if (lineEnd >= text.length) return text.length;
  return lineEnd + (text.charCodeAt(lineEnd) === Ch.CarriageReturn && text.charCodeAt(lineEnd + 1) === Ch.LineFeed ? 2 : 1);
}

function runLength(text: string, from: number, to: number, c: number): number {
  let i = from;
  while (i < to && text.charCodeAt(i) === c) i++;
  return i - from;
}

/** An ATX heading's content as [start, end] (empty when the heading is), or null for no heading. */
function atxHeading(text: string, q: number, lineEnd: number): number[] | null {
  const level = runLength(text, q, lineEnd, Ch.Hash);
  if (level > 6) return null;
  let start = q + level;
  if (start < lineEnd) {
    const c = text.charCodeAt(start);
    if (c !== Ch.Space && c !== Ch.Tab) return null;
  }
  while (start < lineEnd && isWhitespace(text.charCodeAt(start))) start++;
  let end = lineEnd;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  // An optional closing sequence of #s, preceded by a space.
  let k = end;
  while (k > start && text.charCodeAt(k - 1) === Ch.Hash) k--;
  if (k < end && (k === start || isWhitespace(text.charCodeAt(k - 1)))) {
    end = k;
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  }
  return [start, end];
}

function openFence(text: string, q: number, lineEnd: number, depth: number): Fence | null {
  const c = text.charCodeAt(q);
  const length = runLength(text, q, lineEnd, c);
  if (length < 3) return null;
  if (c === Ch.Backtick) {
    for (let i = q + length; i < lineEnd; i++) if (text.charCodeAt(i) === Ch.Backtick) return null;
  }
  return { char: c, length, depth };
}

function isFenceClose(text: string, q: number, lineEnd: number, fence: Fence): boolean {
  const length = runLength(text, q, lineEnd, fence.char);
  return length >= fence.length && isBlankFrom(text, q + length, lineEnd);
}

function containsLower(text: string, from: number, to: number, needle: string): boolean {
  if (to - from < needle.length) return false;
  return text.slice(from, to).toLowerCase().includes(needle);
}

/** CommonMark's HTML block starts; returns the end condition, or null when the line starts none. */
function htmlStart(text: string, q: number, lineEnd: number, interruptsParagraph: boolean): string | null {
  const c1 = text.charCodeAt(q + 1);
  if (c1 === Ch.Exclamation) {
    if (text.startsWith('<!--', q)) return '-->';
    if (text.startsWith('<![CDATA[', q)) return ']]>';
    const c2 = text.charCodeAt(q + 2);
    if ((c2 >= 65 && c2 <= 90) || (c2 >= 97 && c2 <= 122)) return '>';
    return null;
  }
  if (c1 === Ch.Question) return '?>';
  const closing = c1 === Ch.Slash;
  let i = q + (closing ? 2 : 1);
  const nameStart = i;
  while (i < lineEnd && i - nameStart < 16) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (i > nameStart && ((c >= 48 && c <= 57) || c === Ch.Hyphen))) i++;
    else break;
  }
  if (i === nameStart) return null;
  const name = text.slice(nameStart, i).toLowerCase();
  const after = i < lineEnd ? text.charCodeAt(i) : Ch.Space;
  const ends = after === Ch.Space || after === Ch.Tab || after === Ch.GreaterThan;
  if (!closing && RAW_TAGS.has(name) && ends) return `</${name}>`;
  if (BLOCK_TAGS.has(name) && (ends || (after === Ch.Slash && text.charCodeAt(i + 1) === Ch.GreaterThan))) return 'blank';
  if (interruptsParagraph) return null;
  // Any other complete tag alone on its line.
  let j = i;
  while (j < lineEnd && text.charCodeAt(j) !== Ch.GreaterThan && text.charCodeAt(j) !== Ch.LessThan) j++;
  if (j < lineEnd && text.charCodeAt(j) === Ch.GreaterThan && isBlankFrom(text, j + 1, lineEnd)) return 'blank';
  return null;
}

function isSetextUnderline(text: string, q: number, lineEnd: number, c: number): boolean {
  return isBlankFrom(text, q + runLength(text, q, lineEnd, c), lineEnd);
}

function isThematicBreak(text: string, q: number, lineEnd: number, c: number): boolean {
  let count = 0;
  for (let i = q; i < lineEnd; i++) {
    const d = text.charCodeAt(i);
    if (d === c) count++;
    else if (d !== Ch.Space && d !== Ch.Tab) return false;
  }
  return count >= 3;
}

/** A list marker at q: returns where the item's content starts, or -1. */
function listItem(text: string, q: number, lineEnd: number, interruptsParagraph: boolean): number {
  const c = text.charCodeAt(q);
  let after: number;
  if (c === Ch.Hyphen || c === Ch.Asterisk || c === Ch.Plus) {
    after = q + 1;
  } else {
    let i = q;
    while (i < lineEnd && i - q < 9 && text.charCodeAt(i) >= Ch.Digit0 && text.charCodeAt(i) <= Ch.Digit9) i++;
    if (i === q) return -1;
    const d = text.charCodeAt(i);
    if (d !== Ch.Dot && d !== Ch.CloseParen) return -1;
    // Only a list that starts at 1 may interrupt a paragraph ("in 2016. It was…" stays prose).
    if (interruptsParagraph && !(i - q === 1 && c === 49)) return -1;
    after = i + 1;
  }
  if (after < lineEnd) {
    const d = text.charCodeAt(after);
    if (d !== Ch.Space && d !== Ch.Tab) return -1;
  }
  let content = after;
  while (content < lineEnd && (text.charCodeAt(content) === Ch.Space || text.charCodeAt(content) === Ch.Tab)) content++;
  if (interruptsParagraph && content >= lineEnd) return -1;
  return content;
}

function hasPipe(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === Ch.Pipe) return true;
  return false;
}

/** A table's delimiter row: `| --- | :-: |`, `---|---`. */
function isDelimiterRow(text: string, q: number, lineEnd: number): boolean {
  let dashes = 0;
  let pipes = 0;
  for (let i = q; i < lineEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === Ch.Hyphen) dashes++;
    else if (c === Ch.Pipe) pipes++;
    else if (c !== Ch.Colon && c !== Ch.Space && c !== Ch.Tab) return false;
  }
  return dashes > 0 && pipes > 0;
}

/** Each table cell becomes a paragraph of its own, so sentences never run across cells. */
function pushCells(text: string, from: number, to: number, out: RawParagraphs): void {
  let cellStart = from;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text.charCodeAt(i) : Ch.Pipe;
    if (c === Ch.Backslash) {
      i++;
      continue;
    }
    if (c !== Ch.Pipe) continue;
    let a = cellStart;
    let b = i;
    while (a < b && isWhitespace(text.charCodeAt(a))) a++;
    while (b > a && isWhitespace(text.charCodeAt(b - 1))) b--;
    if (b > a) addParagraph(text, out, 'paragraph', a, b);
    cellStart = i + 1;
  }
}

/** `[label]: destination "title"` on one line; records the label. */
function referenceDefinition(text: string, q: number, lineEnd: number, labels: Set<string>): boolean {
  let i = q + 1;
  while (i < lineEnd && i - q <= 1000) {
    const c = text.charCodeAt(i);
    if (c === Ch.Backslash) i += 2;
    else if (c === Ch.OpenBracket) return false;
    else if (c === Ch.CloseBracket) break;
    else i++;
  }
  if (i >= lineEnd || text.charCodeAt(i) !== Ch.CloseBracket || text.charCodeAt(i + 1) !== Ch.Colon) return false;
  const label = normalizeLabel(text.slice(q + 1, i));
  if (label.length === 0) return false;
  let j = i + 2;
  while (j < lineEnd && isWhitespace(text.charCodeAt(j))) j++;
  if (j >= lineEnd) return false; // destination on the next line: not supported, stays prose
  labels.add(label);
  return true;
}

/** `[^label]: text`: returns where the footnote's text starts, or -1. */
function footnoteDefinition(text: string, q: number, lineEnd: number): number {
  let i = q + 2;
  while (i < lineEnd && i - q < 200) {
    const c = text.charCodeAt(i);
    if (c === Ch.CloseBracket || isWhitespace(c) || c === Ch.OpenBracket) break;
    i++;
  }
  if (i === q + 2 || text.charCodeAt(i) !== Ch.CloseBracket || text.charCodeAt(i + 1) !== Ch.Colon) return -1;
  let j = i + 2;
  while (j < lineEnd && isWhitespace(text.charCodeAt(j))) j++;
  return j;
}

/** CommonMark label matching: case-insensitive, inner whitespace collapsed. */
export function normalizeLabel(label: string): string {
  return collapseWhitespace(label).toLowerCase();
}
