// The prose of a document: paragraphs as ranges of the original text, with markdown syntax, code and
// HTML left out, plus the citations and Copydesk comments met on the way.
import { markdownProse } from './prose/markdown';
import { plainTextProse } from './prose/plaintext';
import type { DocumentKind, Paragraph, Prose, Range } from './types';

export function extractProse(text: string, kind: DocumentKind): Prose {
  try {
    return kind === 'markdown' ? markdownProse(text) : plainTextProse(text);
  } catch {
    // The scanners are written not to throw; should one ever do, the analysis still goes on.
    return { paragraphs: [], segments: [], citations: [], comments: [] };
  }
}

/** A paragraph's prose segments as an array of their own, for code off the hot paths. */
export function segmentsOf(prose: Prose, paragraph: Paragraph): Range[] {
  return prose.segments.slice(paragraph.firstSegment, paragraph.firstSegment + paragraph.segmentCount);
}
