import type { Mention } from '../types';
import type { Report, Rule } from './rule';
import { capitalize, quotedWords } from './text';
import { preNameTitle, titleBefore, titleIndex } from './titles';

const NAMED_KINDS = new Set<Mention['kind']>(['name', 'alias', 'surname', 'misspelling']);

/** "Secretary of State Steve Witkoff": a title written before a listed name that is another's. */
export const titleMismatch: Rule = {
  meta: {
    id: 'title-mismatch',
    defaultSeverity: 'error',
    description: 'A title before a listed name that belongs to another listed entity.',
    docs: 'title-mismatch',
  },
  check(ctx) {
    const titles = titleIndex(ctx.index);
    if (titles.maxWords === 0) return [];
    const reports: Report[] = [];
    let lastTitleEnd = -1;
    // A title inside a quote is the speaker's words, which an editor does not rewrite.
    const quoted = quotedWords(ctx.quotes);
    for (const m of ctx.mentions) {
      if (!m.entity || !NAMED_KINDS.has(m.kind) || quoted(m.range.start)) continue;
      const entity = ctx.index.byId.get(m.entity);
      if (!entity || entity.type !== 'person') continue;
      const written = titleBefore(ctx.text, m.range.start, titles);
      if (!written || written.owners.has(entity.id) || written.range.end <= lastTitleEnd) continue;
      lastTitleEnd = written.range.end;
      const title = ctx.text.slice(written.range.start, written.range.end);
      const others = [...written.owners]
        .map((id) => ctx.index.byId.get(id)?.name)
        .filter((name): name is string => Boolean(name));
      const own = preNameTitle(entity);
      const belongs = others.length ? ` is ${others.join(' and ')}’s title` : ' belongs to someone else';
      reports.push({
        range: written.range,
        message: own
          ? `“${title}”${belongs}, not ${entity.name}’s: write “${capitalize(own.trim())}”.`
          : `“${title}”${belongs}, not ${entity.name}’s: remove it or give ${entity.name}’s own title.`,
        fix: own
          ? { range: written.range, replacement: capitalize(own.trim()) }
          : { range: { start: written.range.start, end: m.range.start }, replacement: '' },
      });
    }
    return reports;
  },
};
