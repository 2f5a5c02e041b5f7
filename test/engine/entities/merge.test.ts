import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { mergeEntityLists } from '../../../src/engine/entities/merge';
import type { Entity, EntityList, Source } from '../../../src/engine/types';

function person(id: string, name: string, extra: Partial<Entity> = {}): Entity {
  return { id, name, type: 'person', titles: [], aliases: [], descriptors: [], misspellings: [], facts: [], quotes: [], ...extra };
}
const source = (id: string, publisher: string): Source => ({ id, publisher });

describe('mergeEntityLists', () => {
  it('keeps every entity and source of lists with different ids, in order', () => {
    const a: EntityList = { sources: [source('report', 'Reuters')], entities: [person('a', 'A'), person('b', 'B')] };
    const b: EntityList = { sources: [source('wire', 'AP')], entities: [person('c', 'C')] };
    const merged = mergeEntityLists([a, b]);
    assert.deepEqual(merged.sources.map((s) => s.id), ['report', 'wire']);
    assert.deepEqual(merged.entities.map((e) => e.id), ['a', 'b', 'c']);
  });

  it('replaces an entity with the same id whole: nothing of the earlier one survives', () => {
    const bundled: EntityList = {
      sources: [],
      entities: [person('rustem-umerov', 'Rustem Umerov', { title: "head of Kyiv's delegation", misspellings: ['Umarov'], pronoun: 'he' })],
    };
    const user: EntityList = { sources: [], entities: [person('rustem-umerov', 'Rustem Umerov', { titles: ['Defence Minister'] })] };
    const [merged] = mergeEntityLists([bundled, user]).entities;
    assert.equal(merged, user.entities[0]);
    assert.equal(merged.title, undefined);
    assert.deepEqual(merged.misspellings, []);
    assert.equal(merged.pronoun, undefined);
  });

  it('replaces a source with the same id whole, and the last list wins', () => {
    const lists: EntityList[] = [
      { sources: [source('report', 'Reuters')], entities: [] },
      { sources: [source('report', 'AP')], entities: [] },
      { sources: [source('report', 'AFP')], entities: [] },
    ];
    assert.deepEqual(mergeEntityLists(lists).sources, [source('report', 'AFP')]);
  });

  it('keeps the place of the first entity with an id (the order of the bundled list)', () => {
    const merged = mergeEntityLists([
      { sources: [], entities: [person('a', 'A'), person('b', 'B')] },
      { sources: [], entities: [person('a', 'A2')] },
    ]);
    assert.deepEqual(merged.entities.map((e) => e.name), ['A2', 'B']);
  });

  it('merges nothing into an empty list and does not change its inputs', () => {
    assert.deepEqual(mergeEntityLists([]), { sources: [], entities: [] });
    const a: EntityList = { sources: [], entities: [person('a', 'A')] };
    mergeEntityLists([a, { sources: [], entities: [person('a', 'Z')] }]);
    assert.equal(a.entities[0].name, 'A');
  });
});
