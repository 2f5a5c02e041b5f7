// Markdown comments that switch rules off and on:
//   <!-- copydesk-disable id … -->  /  <!-- copydesk-enable id … -->   (no ids: every rule)
//   <!-- copydesk-disable-next-line id … -->                            (the line after the comment)
// Findings are filtered in one pass: both the findings and the comments are in text order.
import { LineIndex } from './text/lines';
import type { CopydeskComment, Finding } from './types';

type Directive = CopydeskComment & { kind: 'disable' | 'enable' | 'disable-next-line' };

/** Drops the findings that a disable comment covers. `findings` must be sorted by start offset. */
export function applyDirectives(text: string, comments: CopydeskComment[], findings: Finding[]): Finding[] {
  const directives = comments
    .filter((c): c is Directive => c.kind === 'disable' || c.kind === 'enable' || c.kind === 'disable-next-line')
    .sort((a, b) => a.range.start - b.range.start);
  if (directives.length === 0 || findings.length === 0) return findings;

  const lines = new LineIndex(text);
  // Rules disabled per line by disable-next-line: line → ids (empty set: every rule).
  const nextLine = new Map<number, Set<string> | 'all'>();
  for (const d of directives) {
    if (d.kind !== 'disable-next-line') continue;
    const line = lines.positionAt(d.range.end).line + 1;
    const current = nextLine.get(line);
    if (current === 'all' || d.args.length === 0) nextLine.set(line, 'all');
    else nextLine.set(line, new Set([...(current ?? []), ...d.args]));
  }

  // Region state: every rule off, and per-rule overrides of that.
  let allOff = false;
  const overrides = new Map<string, boolean>(); // rule id → off
  let next = 0;
  const kept: Finding[] = [];
  for (const finding of findings) {
    while (next < directives.length && directives[next].range.start <= finding.range.start) {
      const d = directives[next++];
      if (d.kind === 'disable-next-line') continue;
      const off = d.kind === 'disable';
      if (d.args.length === 0) {
        allOff = off;
        overrides.clear();
      } else {
        for (const id of d.args) overrides.set(id, off);
      }
    }
    const regionOff = overrides.get(finding.rule) ?? allOff;
    if (regionOff) continue;
    const lineRules = nextLine.size ? nextLine.get(lines.positionAt(finding.range.start).line) : undefined;
    if (lineRules === 'all' || lineRules?.has(finding.rule)) continue;
    kept.push(finding);
  }
  return kept;
}
