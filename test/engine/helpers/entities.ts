// Builds a compiled entity index for tests from short objects or inline YAML, filling in the fields a
// test does not care about.
import { parse } from 'yaml';
import { compileEntities, type EntityIndex } from '../../../src/engine/entities/compile';
import type { Entity } from '../../../src/engine/types';

export type EntitySketch = Partial<Entity> & { id: string; name: string };

export function entity(sketch: EntitySketch): Entity {
  return {
    type: 'person',
    titles: [],
    aliases: [],
    descriptors: [],
    misspellings: [],
    facts: [],
    quotes: [],
    ...sketch,
  };
}

export function indexOf(sketches: EntitySketch[]): EntityIndex {
  return compileEntities({ sources: [], entities: sketches.map(entity) });
}

/** An index from YAML entities written as in an entity file (only the `entities` list is read). */
export function indexFromYaml(yaml: string): EntityIndex {
  const doc = parse(yaml) as { entities?: EntitySketch[] } | null;
  return indexOf(doc?.entities ?? []);
}
