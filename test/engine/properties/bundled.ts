// The bundled entity list, compiled once, and the example drafts: what the property, pathological and
// scaling suites analyse.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileEntities, type EntityIndex } from '../../../src/engine/entities/compile';
import { parseEntityFile } from '../../../src/engine/entities/load';
import type { Entity } from '../../../src/engine/types';

export const repoRoot = join(__dirname, '..', '..', '..');

const loaded = parseEntityFile(readFileSync(join(repoRoot, 'data', 'entities.yaml'), 'utf8'), 'data/entities.yaml');

export const bundledList = loaded.list;
export const bundledIndex: EntityIndex = compileEntities(loaded.list);

/** Every way the bundled list lets a draft name someone: names, aliases, misspellings, descriptors, titles. */
export function namesInList(entities: readonly Entity[] = bundledList.entities): string[] {
  const names = new Set<string>();
  for (const e of entities) {
    for (const n of [e.name, e.title, ...e.titles, ...e.aliases, ...e.misspellings, ...e.descriptors]) {
      if (typeof n === 'string' && n !== '') names.add(n);
    }
  }
  return [...names];
}

/** The example drafts, `examples/*.md`, by file name. */
export function exampleDrafts(): Array<[string, string]> {
  const dir = join(repoRoot, 'examples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f): [string, string] => [f, readFileSync(join(dir, f), 'utf8')]);
}
