// Compiles a merged entity list once into the lookups the analysis needs.
import type { Entity, EntityList } from '../types';

export interface EntityIndex {
  list: EntityList;
  byId: Map<string, Entity>;
}

export function compileEntities(list: EntityList): EntityIndex {
  return { list, byId: new Map(list.entities.map((e) => [e.id, e])) };
}
