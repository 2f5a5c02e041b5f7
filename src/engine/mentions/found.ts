// A mention while it is being found: the public shape plus the token span it covers in its paragraph.
import type { Entity, MentionKind } from '../types';
import type { Token } from './tokens';

export interface Found {
  start: number;
  end: number;
  /** First and last token of the mention in the paragraph's tokens. */
  first: number;
  last: number;
  entity: Entity | null;
  name: string;
  kind: MentionKind;
  possessive: boolean;
  title?: string;
  fix?: string;
  /** Written inside a quotation: not an antecedent for a pronoun outside it. */
  inQuote: boolean;
}

/**
 * The last token of a possessive ending right after tokens[last] ("'s", "’s", or a bare "'" after a
 * final s: "Lewis'"), or -1 when there is none.
 */
export function possessiveEnd(tokens: readonly Token[], last: number): number {
  const mark = tokens[last + 1];
  if (!mark || mark.gap !== 'none' || mark.text !== "'") return -1;
  const after = tokens[last + 2];
  if (after && after.gap === 'none' && (after.text === 's' || after.text === 'S')) return last + 2;
  const word = tokens[last]!.text;
  const endsInS = word.endsWith('s') || word.endsWith('S');
  if (endsInS && (!after || after.gap !== 'none' || !after.word)) return last + 1;
  return -1;
}

/** Whitespace runs (line breaks included) as single spaces. */
export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
