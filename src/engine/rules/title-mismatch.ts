import type { AnalysisContext } from '../context';
import type { Entity, Mention } from '../types';
import type { Rule, RuleFindings } from './rule';
import { capitalize, quotedWords } from './text';
import { preNameTitle, titleBefore, titleIndex, type TitleIndex } from './titles';

const NAMED_KINDS = new Set<Mention['kind']>(['name', 'alias', 'surname', 'misspelling']);

/** "Secretary of State Steve Witkoff": a title written before a listed name that is another's. */
export const titleMismatch: Rule = {
  meta: {
    id: 'title-mismatch',
    defaultSeverity: 'error',
    description: 'A title before a listed name that belongs to another listed entity.',
    docs: 'title-mismatch',
  },
  check(ctx, _claims, out) {
    const titles = titleIndex(ctx.index);
    if (titles.maxWords === 0) return;
    ctx.mentions.forEach(checkListedName, new TitleMismatches(ctx, titles, out));
  },
};

function checkListedName(this: TitleMismatches, m: Mention): void {
  if (m.entity === null || !NAMED_KINDS.has(m.kind)) return;
  const entity = this.ctx.index.byId.get(m.entity);
  if (entity?.type === 'person') this.check(m, entity);
}

class TitleMismatches {
  private lastTitleEnd = -1;
  // A title inside a quote is the speaker's words, which an editor does not rewrite.
  private readonly quoted: (offset: number) => boolean;

  constructor(
    readonly ctx: AnalysisContext,
    private readonly titles: TitleIndex,
    private readonly out: RuleFindings,
  ) {
    this.quoted = quotedWords(ctx.quotes);
  }

  check(m: Mention, entity: Entity): void {
    const { ctx } = this;
    const written = titleBefore(ctx.text, m.range.start, this.titles);
    if (!written || written.owners.has(entity.id) || written.range.end <= this.lastTitleEnd) return;
    if (this.quoted(m.range.start)) return;
    this.lastTitleEnd = written.range.end;
    const title = ctx.text.slice(written.range.start, written.range.end);
    const others = [...written.owners]
      .map((owner) => ctx.index.byId.get(owner)?.name)
      .filter((name): name is string => Boolean(name));
    const own = preNameTitle(entity);
    const belongs = others.length ? ` is ${others.join(' and ')}’s title` : ' belongs to someone else';
    this.out.report(
      written.range,
      own
        ? `“${title}”${belongs}, not ${entity.name}’s: write “${capitalize(own.trim())}”.`
        : `“${title}”${belongs}, not ${entity.name}’s: remove it or give ${entity.name}’s own title.`,
      own
        ? { range: written.range, replacement: capitalize(own.trim()) }
        : { range: { start: written.range.start, end: m.range.start }, replacement: '' },
    );
  }
}
