// Source references: `report#p3` names paragraph 3 of the source with id `report`; `report` alone
// names the whole source.
import type { SourceRef } from '../types';

// Kebab-case: lowercase letters and digits in groups joined by single hyphens. Each group after the
// first must start with a hyphen, so the pattern cannot backtrack.
const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// A paragraph number from 1, at most six digits, no leading zero.
const PARAGRAPH = /^p([1-9][0-9]{0,5})$/;

export function isKebabCase(id: string): boolean {
  return KEBAB_CASE.test(id);
}

/** Parses `source#pN` or `source`; null when the text is not such a reference. */
export function parseRef(raw: string): SourceRef | null {
  const hash = raw.indexOf('#');
  const source = hash < 0 ? raw : raw.slice(0, hash);
  if (!isKebabCase(source)) return null;
  if (hash < 0) return { source, paragraph: null, raw };
  const paragraph = PARAGRAPH.exec(raw.slice(hash + 1));
  if (!paragraph) return null;
  return { source, paragraph: Number(paragraph[1]), raw };
}

/** Writes a reference in its canonical form: `report#p3`, or `report` for a whole source. */
export function formatRef(ref: Pick<SourceRef, 'source' | 'paragraph'>): string {
  return ref.paragraph === null ? ref.source : `${ref.source}#p${ref.paragraph}`;
}
