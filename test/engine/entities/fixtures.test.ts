// The example lists in test/fixtures/entities, loaded from disk and merged after the bundled list.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'mocha';
import { parseEntityFile } from '../../../src/engine/entities/load';
import { mergeEntityLists } from '../../../src/engine/entities/merge';

const repoRoot = join(__dirname, '..', '..', '..');
const load = (relative: string) => parseEntityFile(readFileSync(join(repoRoot, relative), 'utf8'), relative);

describe('entity list fixtures', () => {
  it('a team list loads cleanly and replaces the bundled Umerov whole', () => {
    const bundled = load('data/entities.yaml');
    const team = load('test/fixtures/entities/team.yaml');
    assert.deepEqual(team.problems, []);
    const merged = mergeEntityLists([bundled.list, team.list]);
    const umerov = merged.entities.find((e) => e.id === 'rustem-umerov')!;
    assert.equal(umerov.origin?.path, 'test/fixtures/entities/team.yaml');
    assert.equal(umerov.quotes.length, 0); // the bundled quotes went with the bundled entity
    assert.deepEqual(umerov.misspellings, ['Umarov']);
    assert.ok(merged.entities.some((e) => e.id === 'yuri-ushakov'));
    assert.deepEqual(merged.sources.map((s) => s.id), ['report', 'desk-notes']);
    assert.equal(merged.entities.length, bundled.list.entities.length + 1);
  });

  it('a broken list reports each problem at its place and loads the rest', () => {
    const { list, problems } = load('test/fixtures/entities/broken.yaml');
    assert.deepEqual(
      problems.map((p) => [p.severity, p.line, p.column]),
      [
        ['error', 7, 9], //    the second ok-person
        ['error', 15, 14], //  wire#p2: no such source
        ['warning', 19, 5], // titels
        ['error', 21, 11], //  "Bad: Yaml" is a mapping inside a compact mapping
      ],
    );
    assert.deepEqual(list.entities.map((e) => e.id), ['ok-person', 'bad-ref', 'typo-field']);
    assert.deepEqual(list.entities[1].facts, []);
  });
});
