import type { Report, Rule } from './rule';
import { excerpt } from './text';

/** Quotes and claims that rest on an unnamed source ("a White House official said"). */
export const anonymousSource: Rule = {
  meta: {
    id: 'anonymous-source',
    defaultSeverity: 'warning',
    description: 'A quote or claim resting on an unnamed source.',
    docs: 'anonymous-source',
  },
  check(ctx, claims) {
    const reports: Report[] = [];
    const sourceText = (range: { start: number; end: number } | null) =>
      range ? `“${excerpt(ctx.text.slice(range.start, range.end))}”` : 'an unnamed source';
    for (const q of ctx.quotes) {
      if (q.method !== 'anonymous' || q.scare) continue;
      reports.push({
        range: q.source ?? q.range,
        message: `Quote rests on ${sourceText(q.source)}: name the source, or say why they cannot be named.`,
      });
    }
    for (const c of claims) {
      // A claim marked verified has been checked by the desk, whoever first told it.
      if (c.status !== 'anonymous' && (c.method !== 'anonymous' || c.status === 'verified')) continue;
      reports.push({
        range: c.source ?? c.range,
        message: `Claim rests on ${sourceText(c.source)}: name the source, or say why they cannot be named.`,
      });
    }
    return reports;
  },
};
