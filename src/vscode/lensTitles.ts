// The words on code lenses (pure: no `vscode` import).
import type { EntityIndex } from '../engine/entities/compile';
import type { Quote } from '../engine/types';

/** Over a quote: its speaker and title, the unnamed source, or "unattributed quote". */
export function quoteLensTitle(quote: Quote, index: EntityIndex, text: string): string {
  if (quote.method === 'anonymous') {
    const source = quote.source ? text.slice(quote.source.start, quote.source.end) : 'unnamed source';
    return `anonymous: ${flat(source)}`;
  }
  if (!quote.speaker || quote.method === 'none') return 'unattributed quote';
  const entity = quote.speaker.entity ? index.byId.get(quote.speaker.entity) : undefined;
  if (!entity) return `${flat(quote.speaker.name)} (not in the entity list)`;
  return entity.title ? `${flat(entity.name)}, ${flat(entity.title)}` : flat(entity.name);
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
