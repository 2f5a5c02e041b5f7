// Copydesk's own HTML comments: rule directives and claim markers.
import type { CopydeskComment } from '../types';

const DIRECTIVE = /^copydesk-(disable-next-line|disable|enable)(?![\w-])/i;
const MARKER = /^(verified|source)\s*:/i;
const SEPARATORS = /[\s,]+/;

/**
 * Reads the comment `<!--…-->` spanning [start, end) (`end` just after `-->`); returns null for any
 * comment that is not Copydesk's.
 */
export function parseCopydeskComment(text: string, start: number, end: number): CopydeskComment | null {
  const inner = text.slice(start + 4, end - 3).trim();
  const range = { start, end };
  const directive = DIRECTIVE.exec(inner);
  if (directive) {
    const kind = directive[1].toLowerCase() as 'disable' | 'enable' | 'disable-next-line';
    const rest = inner.slice(directive[0].length).trim();
    const args = rest ? rest.split(SEPARATORS).filter((a) => a.length > 0) : [];
    return { range, kind, args, text: inner };
  }
  const marker = MARKER.exec(inner);
  if (marker) {
    const kind = marker[1].toLowerCase() as 'verified' | 'source';
    const body = inner.slice(marker[0].length).trim();
    return { range, kind, args: body ? [body] : [], text: inner };
  }
  return null;
}
