// The prose of a document: paragraphs as ranges of the original text, with markdown syntax, code and
// HTML left out, plus the citations and Copydesk comments met on the way.
import { markdownProse } from './prose/markdown';
import { noParagraphs } from './prose/paragraphs';
import { noSegments } from './prose/segments';
import { plainTextProse } from './prose/plaintext';
import type { DocumentKind, Prose } from './types';

export function extractProse(text: string, kind: DocumentKind): Prose {
  try {
    return kind === 'markdown' ? markdownProse(text) : plainTextProse(text);
  } catch {
    // The scanners are written not to throw; should one ever do, the analysis still goes on.
    return emptyProse();
  }
}

/** Prose with no paragraphs. */
export function emptyProse(): Prose {
  return { paragraphs: noParagraphs(), segments: noSegments(), citations: [], comments: [] };
}
