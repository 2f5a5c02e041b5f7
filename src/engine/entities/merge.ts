import type { EntityList } from '../types';

/** Merges lists in order: a later entity or source with the same id replaces the earlier one whole. */
export function mergeEntityLists(lists: EntityList[]): EntityList {
  const sources = new Map<string, EntityList['sources'][number]>();
  const entities = new Map<string, EntityList['entities'][number]>();
  for (const list of lists) {
    for (const s of list.sources) sources.set(s.id, s);
    for (const e of list.entities) entities.set(e.id, e);
  }
  return { sources: [...sources.values()], entities: [...entities.values()] };
}
