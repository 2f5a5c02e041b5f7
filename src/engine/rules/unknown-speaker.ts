import type { Attribution, Range } from '../types';
import type { Report, Rule } from './rule';

/** A speaker named in the text who is not in the entity list. The fix is an editor action. */
export const unknownSpeaker: Rule = {
  meta: {
    id: 'unknown-speaker',
    defaultSeverity: 'information',
    description: 'A named speaker who is not in the entity list.',
    docs: 'unknown-speaker',
  },
  check(ctx, claims) {
    // Once per person, at the first place they speak: adding them to the list settles every quote.
    // "Hillary Clinton", "Clinton" and "Mrs. Clinton" are one speaker, keyed by the last word.
    const candidates: Array<{ range: Range; name: string }> = [];
    const consider = (a: Attribution, fallback: Range) => {
      if (a.method === 'named' && a.speaker && a.speaker.entity === null) candidates.push({ range: a.source ?? fallback, name: a.speaker.name });
    };
    for (const q of ctx.quotes) if (!q.scare) consider(q, q.range);
    for (const c of claims) consider(c, c.range);
    candidates.sort((a, b) => a.range.start - b.range.start);
    const reported = new Set<string>();
    const reports: Report[] = [];
    for (const { range, name } of candidates) {
      const key = speakerKey(name);
      if (reported.has(key)) continue;
      reported.add(key);
      reports.push({ range, message: `${name} is not in the entity list: add them so hovers and checks know who they are.` });
    }
    return reports;
  },
};

function speakerKey(name: string): string {
  const words = name.trim().toLowerCase().split(/\s+/);
  return (words[words.length - 1] ?? '').replace(/['’]s?$/, '');
}
