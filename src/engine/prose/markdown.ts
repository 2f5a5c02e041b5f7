// Markdown prose: the block pass finds paragraph lines, the inline pass masks syntax inside them,
// and the unmasked runs become segments. Linear in the text; never throws.
//
// Each loop over the document lives in a function of its own: a function called once per document
// gets optimised while its loop runs, and code after the loop that never ran by then would be
// compiled without feedback and give the optimised code up on every later document.
import type { CopydeskComment, Prose } from '../types';
import { type RawParagraphs, scanBlocks } from './markdown-blocks';
import { createInlineContext, maskBareUrls, scanInline, type InlineContext } from './markdown-inline';
import { parseCopydeskComment } from './comments';
import { ParagraphColumns } from './paragraphs';
import { SegmentColumns, SegmentReader } from './segments';
import { tally } from '../instrument';
import { findFullStops, keepFullStopsFor } from '../text/full-stops';

/** The paragraphs (see paragraphs.ts) and their segments while they are found. */
const foundParagraphs = new ParagraphColumns();
const foundSegments = new SegmentColumns();

export function markdownProse(text: string): Prose {
  const blocks = scanBlocks(text);
  const ctx = createInlineContext(text, blocks.labels);
  scanParagraphs(ctx, blocks.paragraphs);
  maskBareUrls(ctx, findFullStops(text));
  foundParagraphs.clear(); // should an earlier scan have thrown before handing its lists out
  foundSegments.clear();
  let work = segmentParagraphs(new SegmentReader(text, ctx.mask), blocks.paragraphs, foundParagraphs, foundSegments);
  const segments = foundSegments.take();
  const paragraphs = foundParagraphs.take(segments.length);
  const comments = ctx.comments;
  work += htmlBlockComments(text, blocks.html, comments);
  comments.sort((a, b) => a.range.start - b.range.start);
  tally('prose', work);
  const prose = { paragraphs, segments, citations: ctx.citations, comments };
  // The sentence splitter reads the same full stops.
  keepFullStopsFor(prose);
  return prose;
}

function scanParagraphs(ctx: InlineContext, raws: RawParagraphs): void {
  const { lines, ends, count } = raws;
  let from = 0;
  for (let p = 0; p < count; p++) {
    scanInline(ctx, lines, from, ends[p]);
    from = ends[p];
  }
}

/** Adds the paragraphs that hold prose to `out`; returns the lines and segments visited (the work). */
function segmentParagraphs(reader: SegmentReader, raws: RawParagraphs, out: ParagraphColumns, segments: SegmentColumns): number {
  const { lines, trimmed, ends, blocks, count } = raws;
  let work = 0;
  let from = 0;
  for (let p = 0; p < count; p++) {
    const to = ends[p];
    const firstSegment = segments.length;
    const segmentCount = reader.segments(lines, trimmed, from, to, segments);
    work += (to - from) / 2 + segmentCount;
    from = to;
    if (segmentCount === 0) continue;
    out.push(segments.start(firstSegment), segments.end(segments.length - 1), firstSegment, blocks[p]);
  }
  return work;
}

/** Records the Copydesk comments of the HTML blocks; returns the blocks visited (the work). */
function htmlBlockComments(text: string, html: number[], out: CopydeskComment[]): number {
  let work = 0;
  // HTML blocks come in order, so one forward search for "<!--" serves them all.
  let next = html.length > 0 ? text.indexOf('<!--', html[0]) : -1;
  for (let h = 0; h < html.length && next >= 0; h += 2) {
    next = htmlComments(text, Math.max(next, html[h]), html[h + 1], out);
    work++;
  }
  return work;
}

/**
 * Records the Copydesk comments inside an HTML block [from, to), where `from` is the first "<!--"
 * at or after the block's start (it may lie beyond the block). Returns the next "<!--" to look at.
 */
function htmlComments(text: string, from: number, to: number, out: CopydeskComment[]): number {
  let i = text.charCodeAt(from) === 60 && text.startsWith('<!--', from) ? from : text.indexOf('<!--', from);
  while (i >= 0 && i < to) {
    const close = text.indexOf('-->', i + 4);
    if (close < 0) return -1;
    if (close + 3 > to) return text.indexOf('<!--', to);
    const comment = parseCopydeskComment(text, i, close + 3);
    if (comment) out.push(comment);
    i = text.indexOf('<!--', close + 3);
  }
  return i;
}
