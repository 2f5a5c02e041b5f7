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
    const reports: Report[] = [];
    const reported = new Set<string>();
    const consider = (a: Attribution, fallback: Range) => {
      if (a.method !== 'named' || !a.speaker || a.speaker.entity !== null) return;
      const range = a.source ?? fallback;
      const key = `${range.start}:${range.end}`;
      if (reported.has(key)) return; // a quote and a claim may share one source mention
      reported.add(key);
      reports.push({
        range,
        message: `${a.speaker.name} is not in the entity list: add them so hovers and checks know who they are.`,
      });
    };
    for (const q of ctx.quotes) if (!q.scare) consider(q, q.range);
    for (const c of claims) consider(c, c.range);
    return reports;
  },
};
