// What the later analysis steps (attribution, claims, rules) read: the text and every earlier result.
import type { EntityIndex } from './entities/compile';
import type { DocumentKind, Mention, Prose, Quote, Sentence } from './types';

export interface AnalysisContext {
  text: string;
  kind: DocumentKind;
  index: EntityIndex;
  prose: Prose;
  sentences: Sentence[];
  mentions: Mention[];
  quotes: Quote[];
}
