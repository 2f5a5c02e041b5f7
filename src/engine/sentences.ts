import type { Prose, Sentence } from './types';

export function splitSentences(text: string, prose: Prose): Sentence[] {
  void text;
  return prose.paragraphs.map((p, i) => ({ range: p.range, paragraph: i }));
}
