import type { AnalysisContext } from '../context';
import { entityAt, kindAt } from '../mentions/columns';
import type { Entity, MentionKind } from '../types';
import type { Rule, RuleFindings } from './rule';
import { capitalize, quotedWords } from './text';
import { preNameTitle, titleBefore, titleIndex, type TitleIndex } from './titles';

const NAMED_KINDS = new Set<MentionKind>(['name', 'alias', 'surname', 'misspelling']);

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
    const mismatches = new TitleMismatches(ctx, titles, out);
    const mentions = ctx.mentions;
    for (let i = 0; i < mentions.length; i++) {
      const id = entityAt(mentions, i);
      if (id === null || !NAMED_KINDS.has(kindAt(mentions, i))) continue;
      const entity = ctx.index.byId.get(id);
      if (entity?.type === 'person') mismatches.check(mentions.starts[i]!, entity);
    }
  },
};

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

  /** The listed person `entity` named from `start`: a title written before the name that is another's. */
  check(start: number, entity: Entity): void {
    const { ctx } = this;
    const written = titleBefore(ctx.text, start, this.titles);
    if (!written || written.owners.has(entity.id) || written.range.end <= this.lastTitleEnd) return;
    if (this.quoted(start)) return;
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
        : { range: { start: written.range.start, end: start }, replacement: '' },
    );
  }
}
