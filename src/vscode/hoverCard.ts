// Hover cards as markdown, built from engine data only (no `vscode` import, so plain tests can check
// them). Every string that comes from an entity file or a draft goes through `escapeMarkdown`.
import type { EntityIndex } from '../engine/entities/compile';
import { entityAt } from '../engine/mentions/columns';
import { contentEnd, contentStart, isScare } from '../engine/quotes/columns';
import type { Analysis, AttributionMethod, Entity, Mention, Quote, Source, SourceRef } from '../engine/types';
import { UNNAMED_DESCRIPTION } from './lensTitles';
import { escapeMarkdown as esc, truncate } from './markdownText';

/** The draft a card is shown in; absent for cards shown outside a draft (completion documentation). */
export interface DraftView {
  text: string;
  analysis: Analysis;
}

const QUOTE_EXCERPT = 160;
const MAX_QUOTES_SHOWN = 3;

export function entityCard(entity: Entity, index: EntityIndex, draft?: DraftView, mention?: Mention): string {
  const parts: string[] = [heading(entity)];
  const about = [entity.affiliation, describeType(entity)].filter(Boolean).map((s) => esc(s as string));
  if (about.length) parts.push(about.join(' · '));
  if (mention?.kind === 'misspelling' && mention.fix) {
    parts.push(`House spelling: **${esc(mention.fix)}** (not “${esc(mentionText(mention, draft))}”)`);
  } else if (mention?.kind === 'pronoun') {
    parts.push(`“${esc(mentionText(mention, draft))}” refers to ${esc(entity.name)}`);
  }
  if (entity.titles.length) parts.push(`Also titled: ${entity.titles.map(esc).join('; ')}`);
  if (draft) {
    const usage = draftUsage(draft, entity.id);
    if (usage.references.length) {
      parts.push(`In this draft: ${usage.references.map((r) => `“${esc(r.text)}”${r.count > 1 ? ` ×${r.count}` : ''}`).join(', ')}`);
    }
    if (usage.quotes.length) {
      const shown = usage.quotes.slice(0, MAX_QUOTES_SHOWN).map((q) => `> “${esc(truncate(q, QUOTE_EXCERPT))}”`);
      const more = usage.quotes.length - shown.length;
      parts.push(`Quoted in this draft:\n\n${shown.join('\n>\n')}${more > 0 ? `\n\n…and ${more} more` : ''}`);
    }
  }
  if (entity.facts.length) {
    const sources = new Map(index.list.sources.map((s) => [s.id, s]));
    const lines = entity.facts.map((f) => `- ${esc(f.text)}${f.ref ? ` — ${esc(refLabel(f.ref, sources))}` : ''}`);
    parts.push(`Facts:\n\n${lines.join('\n')}`);
  }
  return parts.join('\n\n');
}

/** The card for a person the draft names who is not in any entity list. */
export function unlistedCard(mention: Mention): string {
  const title = mention.title ? ` — ${esc(mention.title)}` : '';
  return `**${esc(mention.name)}**${title}\n\n_Not in the entity list._ Check the spelling and title against a source, or add them to the workspace entity list.`;
}

const METHOD_LABELS: Record<AttributionMethod, string> = {
  named: 'named in the text',
  descriptor: 'by a description',
  pronoun: 'by a pronoun',
  continuation: 'continues the previous quote',
  anonymous: 'unnamed source',
  none: 'no speaker found',
};

export function quoteCard(quote: Quote, index: EntityIndex, text: string): string {
  if (quote.method === 'none' || (!quote.speaker && !quote.source)) {
    return '**Unattributed quote**\n\nNo speaker found. Say who said it.';
  }
  const entity = quote.speaker?.entity ? index.byId.get(quote.speaker.entity) : undefined;
  const who = quote.speaker
    ? `**${esc(quote.speaker.name)}**${entity?.title ? `, ${esc(entity.title)}` : ''}${quote.speaker.entity ? '' : ' (not in the entity list)'}`
    : `**${esc(slice(text, quote.source) ?? 'an unnamed source')}**`;
  const details = [`Speaker: ${esc(METHOD_LABELS[quote.method])}`];
  const source = slice(text, quote.source);
  if (source && quote.speaker) details.push(`source “${esc(source)}”`);
  else if (!quote.speaker && quote.method !== 'anonymous') details.push(UNNAMED_DESCRIPTION);
  const cue = slice(text, quote.cue);
  if (cue) details.push(`cue “${esc(cue)}”`);
  return `Quote — ${who}\n\n${details.join(' · ')}`;
}

function heading(entity: Entity): string {
  return `**${esc(entity.name)}**${entity.title ? ` — ${esc(entity.title)}` : ''}`;
}

function describeType(entity: Entity): string {
  if (entity.type !== 'person') return entity.type;
  return entity.role && entity.role !== 'other' ? entity.role : 'person';
}

function refLabel(ref: SourceRef, sources: Map<string, Source>): string {
  const source = sources.get(ref.source);
  const name = source?.publisher ?? source?.title ?? ref.source;
  const date = source?.dateline ?? source?.date;
  return [name, date, ref.paragraph !== null ? `¶${ref.paragraph}` : undefined].filter(Boolean).join(', ');
}

function mentionText(mention: Mention, draft: DraftView | undefined): string {
  return draft ? draft.text.slice(mention.range.start, mention.range.end) : mention.name;
}

function slice(text: string, range: { start: number; end: number } | null): string | undefined {
  return range ? text.slice(range.start, range.end) : undefined;
}

interface DraftUsage {
  references: { text: string; count: number }[];
  quotes: string[];
}

/** Per analysis, built once in one pass over mentions and quotes, so each hover only looks up. */
const usageByAnalysis = new WeakMap<Analysis, Map<string, DraftUsage>>();

export function draftUsage(draft: DraftView, entityId: string): DraftUsage {
  let byEntity = usageByAnalysis.get(draft.analysis);
  if (!byEntity) {
    byEntity = buildUsage(draft);
    usageByAnalysis.set(draft.analysis, byEntity);
  }
  return byEntity.get(entityId) ?? { references: [], quotes: [] };
}

function buildUsage({ text, analysis }: DraftView): Map<string, DraftUsage> {
  const out = new Map<string, DraftUsage>();
  const usage = (id: string) => {
    let u = out.get(id);
    if (!u) out.set(id, (u = { references: [], quotes: [] }));
    return u;
  };
  const counts = new Map<string, Map<string, number>>();
  const mentions = analysis.mentions;
  for (let i = 0; i < mentions.length; i++) {
    const entity = entityAt(mentions, i);
    if (!entity) continue;
    const written = text.slice(mentions.starts[i], mentions.ends[i]);
    let perEntity = counts.get(entity);
    if (!perEntity) counts.set(entity, (perEntity = new Map()));
    perEntity.set(written, (perEntity.get(written) ?? 0) + 1);
  }
  for (const [id, perEntity] of counts) {
    usage(id).references = [...perEntity].map(([t, count]) => ({ text: t, count }));
  }
  const quotes = analysis.quotes;
  for (let i = 0; i < quotes.length; i++) {
    const entity = quotes.speakers[i]?.entity;
    if (isScare(quotes, i) || !entity) continue;
    usage(entity).quotes.push(text.slice(contentStart(quotes, i), contentEnd(quotes, i)));
  }
  return out;
}
