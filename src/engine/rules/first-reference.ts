import type { AnalysisContext } from '../context';
import { entityAt, mentionAt } from '../mentions/columns';
import type { Entity, Mention } from '../types';
import type { Rule, RuleFindings } from './rule';
import { capitalize, possessiveEnding, quotedWords, surnameOf } from './text';
import { afterDeterminer, givenNameBefore, inHeadline, partOfLongerName } from './reference';
import { preNameTitle, titleBefore, titleIndex, type TitleIndex } from './titles';

/** A person's surname used before their full name has appeared: first reference is the full name. */
export const firstReference: Rule = {
  meta: {
    id: 'first-reference',
    defaultSeverity: 'information',
    description: 'A surname used before the full name has appeared.',
    docs: 'first-reference',
  },
  check(ctx, _claims, out) {
    const early = new EarlySurnames(ctx, out);
    const mentions = ctx.mentions;
    for (let i = 0; i < mentions.length; i++) {
      const entity = entityAt(mentions, i);
      if (entity !== null && !early.settled.has(entity)) early.check(mentionAt(mentions, i), entity);
    }
  },
};

/** Reads the mentions of listed people not yet introduced, for a surname before the full name. */
class EarlySurnames {
  /**
   * People already introduced, and listed entities that are not people: nothing left to check for
   * them, so most mentions stop at one lookup and only the few others are read.
   */
  readonly settled = new Set<string>();
  private readonly titles: TitleIndex;
  // A speaker's words are theirs: a surname inside a quote is not rewritten (a full name there
  // still tells the reader who this is).
  private readonly quoted: (offset: number) => boolean;

  constructor(
    private readonly ctx: AnalysisContext,
    private readonly out: RuleFindings,
  ) {
    this.titles = titleIndex(ctx.index);
    this.quoted = quotedWords(ctx.quotes);
  }

  check(m: Mention, id: string): void {
    const { ctx, settled } = this;
    const entity = ctx.index.byId.get(id);
    if (!entity || entity.type !== 'person') {
      settled.add(id);
      return;
    }
    if (inHeadline(ctx, m)) return;
    const written = ctx.text.slice(m.range.start, m.range.end);
    if (isFullReference(m, written, entity)) {
      settled.add(id);
      return;
    }
    if (!isSurnameOnly(m, written, entity) || this.quoted(m.range.start)) return;
    const given = givenNameBefore(ctx.text, m.range.start);
    if (given) {
      // "Donald J. Trump" introduces Trump; "Luis Rubio" is another Rubio, and after him a bare
      // "Rubio" is ambiguous: either way, no finding for this person from here on.
      settled.add(id);
      return;
    }
    // "a Trump presidency" and "Trump Tower" use the surname as a modifier or inside another name.
    if (afterDeterminer(ctx.text, m.range.start) || partOfLongerName(ctx.text, m.range.end)) return;
    // Only the first early surname: the fix there introduces the person for the rest.
    settled.add(id);
    const titled = titleBefore(ctx.text, m.range.start, this.titles) !== null;
    const title = entity.role === 'official' && !titled ? preNameTitle(entity) : null;
    const full = title ? `${capitalize(title.trim())} ${entity.name}` : entity.name;
    const replacement = full + (m.possessive ? possessiveEnding(written) : '');
    const message = `First reference to ${entity.name} uses the surname only: write “${full}” here and the surname after.`;
    this.out.report(m.range, message, { range: m.range, replacement });
  }
}

function bare(written: string, mention: Mention): string {
  return mention.possessive ? written.slice(0, written.length - possessiveEnding(written).length) : written;
}

/** The full name, or a misspelling of it: either way the reader has been told who this is. */
function isFullReference(m: Mention, written: string, entity: Entity): boolean {
  if (m.kind === 'name') return true;
  if (m.kind === 'misspelling' || m.kind === 'alias') {
    const text = bare(written, m).trim();
    return /\s/.test(text) && text.toLowerCase() !== surnameOf(entity.name).toLowerCase();
  }
  return false;
}

function isSurnameOnly(m: Mention, written: string, entity: Entity): boolean {
  if (m.kind === 'surname') return true;
  if (m.kind === 'alias') return bare(written, m).trim().toLowerCase() === surnameOf(entity.name).toLowerCase();
  return false;
}
