// The words on code lenses (pure: no `vscode` import).
import type { EntityIndex } from '../engine/entities/compile';
import type { Entity, Quote } from '../engine/types';

/** What a quote's lens and hover say of a source described but never tied to a name. */
export const UNNAMED_DESCRIPTION = 'no name found';

/** Over a quote: its speaker and title, its source as written where it names nobody, or "unattributed quote". */
export function quoteLensTitle(quote: Quote, index: EntityIndex, text: string): string {
  if (quote.method === 'anonymous') {
    const source = quote.source ? text.slice(quote.source.start, quote.source.end) : 'unnamed source';
    return `anonymous: ${flat(source)}`;
  }
  if (quote.method === 'none' || (!quote.speaker && !quote.source)) return 'unattributed quote';
  // Attributed by a description the draft never ties to a name ("the senator said").
  if (!quote.speaker) return `${flat(text.slice(quote.source!.start, quote.source!.end))} (${UNNAMED_DESCRIPTION})`;
  const entity = quote.speaker.entity ? index.byId.get(quote.speaker.entity) : undefined;
  if (!entity) return `${flat(quote.speaker.name)} (not in the entity list)`;
  return listedTitle(entity);
}

/**
 * A listed speaker's title, made once per entity: a long draft has thousands of quotes and a handful
 * of listed speakers, and the lenses are asked for again after every edit. A reloaded list brings new
 * entity objects, so a title never outlives the entity it was made from.
 */
const listedTitles = new WeakMap<Entity, string>();

function listedTitle(entity: Entity): string {
  let title = listedTitles.get(entity);
  if (title === undefined) {
    title = entity.title ? `${flat(entity.name)}, ${flat(entity.title)}` : flat(entity.name);
    listedTitles.set(entity, title);
  }
  return title;
}

/** Runs of whitespace as one space, none at either end; most names and titles are that already. */
function flat(text: string): string {
  return NOT_FLAT.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

const NOT_FLAT = /[^\S ]|  |^ | $/;
