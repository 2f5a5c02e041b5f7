import type { Entity, Mention } from '../types';
import type { Report, Rule } from './rule';
import { capitalize, possessiveEnding, quotedWords, surnameOf } from './text';
import { afterDeterminer, givenNameBefore, inHeadline, partOfLongerName } from './reference';
import { preNameTitle, titleBefore, titleIndex } from './titles';

/** A person's surname used before their full name has appeared: first reference is the full name. */
export const firstReference: Rule = {
  meta: {
    id: 'first-reference',
    defaultSeverity: 'information',
    description: 'A surname used before the full name has appeared.',
    docs: 'first-reference',
  },
  check(ctx) {
    const titles = titleIndex(ctx.index);
    const introduced = new Set<string>();
    const reports: Report[] = [];
    // A speaker's words are theirs: a surname inside a quote is not rewritten (a full name there
    // still tells the reader who this is).
    const quoted = quotedWords(ctx.quotes);
    for (const m of ctx.mentions) {
      if (!m.entity || introduced.has(m.entity)) continue;
      const entity = ctx.index.byId.get(m.entity);
      if (!entity || entity.type !== 'person' || inHeadline(ctx, m)) continue;
      const written = ctx.text.slice(m.range.start, m.range.end);
      if (isFullReference(m, written, entity)) {
        introduced.add(entity.id);
        continue;
      }
      if (!isSurnameOnly(m, written, entity) || quoted(m.range.start)) continue;
      const given = givenNameBefore(ctx.text, m.range.start);
      if (given) {
        // "Donald J. Trump" introduces Trump; "Luis Rubio" is another Rubio, and after him a bare
        // "Rubio" is ambiguous: either way, no finding for this person from here on.
        introduced.add(entity.id);
        continue;
      }
      // "a Trump presidency" and "Trump Tower" use the surname as a modifier or inside another name.
      if (afterDeterminer(ctx.text, m.range.start) || partOfLongerName(ctx.text, m.range.end)) continue;
      // Only the first early surname: the fix there introduces the person for the rest.
      introduced.add(entity.id);
      const titled = titleBefore(ctx.text, m.range.start, titles) !== null;
      const title = entity.role === 'official' && !titled ? preNameTitle(entity) : null;
      const full = title ? `${capitalize(title.trim())} ${entity.name}` : entity.name;
      const replacement = full + (m.possessive ? possessiveEnding(written) : '');
      reports.push({
        range: m.range,
        message: `First reference to ${entity.name} uses the surname only: write “${full}” here and the surname after.`,
        fix: { range: m.range, replacement },
      });
    }
    return reports;
  },
};

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
