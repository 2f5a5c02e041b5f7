// Reads PolNeAR-style brat standoff files: spans (T lines) and attribution relations (E lines).
import type { Range } from '../../src/engine/types';

export interface GoldAttribution {
  /** Content fragments (Content joined with Content2), in text order. */
  content: Range[];
  /** Source fragments; empty when the text names no source. */
  source: Range[];
  cue: Range[];
}

/** Parses one .ann file; lines it does not understand are skipped. */
export function parseBrat(ann: string): GoldAttribution[] {
  const spans = new Map<string, Range[]>();
  const relations: string[] = [];
  for (const line of ann.split(/\r?\n/)) {
    if (line.startsWith('T')) {
      const [id, typeAndOffsets] = line.split('\t');
      if (!id || !typeAndOffsets) continue;
      const firstSpace = typeAndOffsets.indexOf(' ');
      if (firstSpace < 0) continue;
      const fragments: Range[] = [];
      for (const part of typeAndOffsets.slice(firstSpace + 1).split(';')) {
        const [s, e] = part.trim().split(' ').map(Number);
        if (Number.isFinite(s) && Number.isFinite(e) && e >= s) fragments.push({ start: s, end: e });
      }
      spans.set(id, fragments);
    } else if (line.startsWith('E')) {
      relations.push(line.split('\t')[1] ?? '');
    }
  }
  const result: GoldAttribution[] = [];
  for (const rel of relations) {
    const roles = new Map<string, string>();
    for (const pair of rel.trim().split(/\s+/)) {
      const colon = pair.indexOf(':');
      if (colon > 0) roles.set(pair.slice(0, colon), pair.slice(colon + 1));
    }
    const get = (role: string): Range[] => spans.get(roles.get(role) ?? '') ?? [];
    const content = [...get('Content'), ...get('Content2')].sort((a, b) => a.start - b.start);
    if (content.length === 0) continue;
    result.push({ content, source: get('Source'), cue: get('Cue') });
  }
  return result.sort((a, b) => a.content[0].start - b.content[0].start);
}
