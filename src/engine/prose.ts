import type { DocumentKind, Prose } from './types';

export function extractProse(text: string, kind: DocumentKind): Prose {
  void kind;
  return { paragraphs: text ? [{ range: { start: 0, end: text.length }, segments: [{ start: 0, end: text.length }], block: 'paragraph' }] : [], citations: [], comments: [] };
}
