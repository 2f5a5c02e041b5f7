// Markdown prose: the block pass finds paragraph lines, the inline pass masks syntax inside them,
// and the unmasked runs become segments. Linear in the text; never throws.
import type { CopydeskComment, Paragraph, Prose } from '../types';
import { scanBlocks } from './markdown-blocks';
import { createInlineContext, maskBareUrls, scanInline } from './markdown-inline';
import { parseCopydeskComment } from './comments';
import { SegmentReader } from './segments';
import { tally } from '../instrument';

export function markdownProse(text: string): Prose {
  const blocks = scanBlocks(text);
  const ctx = createInlineContext(text, blocks.labels);
  for (const raw of blocks.paragraphs) scanInline(ctx, raw.lines);
  maskBareUrls(ctx);
  const reader = new SegmentReader(text, ctx.mask);
  const paragraphs: Paragraph[] = [];
  let work = 0; // paragraph lines, segments and HTML blocks visited, for the scaling tests
  for (const raw of blocks.paragraphs) {
    const segments = reader.segments(raw.lines);
    work += raw.lines.length / 2 + segments.length;
    if (segments.length === 0) continue;
    paragraphs.push({
      range: { start: segments[0].start, end: segments[segments.length - 1].end },
      segments,
      block: raw.block,
    });
  }
  const comments = ctx.comments;
  // HTML blocks come in order, so one forward search for "<!--" serves them all.
  let next = blocks.html.length > 0 ? text.indexOf('<!--', blocks.html[0]) : -1;
  for (let h = 0; h < blocks.html.length && next >= 0; h += 2) {
    next = htmlComments(text, Math.max(next, blocks.html[h]), blocks.html[h + 1], comments);
    work++;
  }
  comments.sort((a, b) => a.range.start - b.range.start);
  tally('prose', work);
  return { paragraphs, citations: ctx.citations, comments };
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
