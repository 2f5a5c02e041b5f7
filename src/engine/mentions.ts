import type { EntityIndex } from './entities/compile';
import type { Mention, Prose, Sentence } from './types';

export function findMentions(text: string, prose: Prose, sentences: Sentence[], index: EntityIndex): Mention[] {
  void text; void prose; void sentences; void index;
  return [];
}
