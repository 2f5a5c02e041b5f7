// Loads one entity file: safe YAML, then schema version 1. Never throws; every problem is positioned.
import type { EntityList, EntityProblem } from '../types';
import { NodeReader } from './node-reader';
import { SchemaReader } from './schema';
import { readYamlSafely } from './yaml-safe';

export interface LoadedEntityFile {
  list: EntityList;
  problems: EntityProblem[];
}

/**
 * The ids of the bundled list's sources (`data/entities.yaml`), which any user file may `ref`.
 * A test checks this against the bundled file.
 */
export const BUNDLED_SOURCE_IDS: readonly string[] = ['report'];

/**
 * Parses one entity file's text; `path` is only used in problems and origins. Refs may name the
 * file's own sources or `knownSourceIds` (by default the bundled list's). Never throws: what is
 * valid loads, and everything else comes back as a problem with a 1-based line and column.
 */
export function parseEntityFile(
  text: string,
  path: string,
  knownSourceIds: Iterable<string> = BUNDLED_SOURCE_IDS,
): LoadedEntityFile {
  try {
    const { yaml, problems } = readYamlSafely(text, path);
    const reader = new SchemaReader(new NodeReader(yaml, problems), new Set(knownSourceIds));
    const list = yaml.root ? reader.readFile(yaml.root) : { sources: [], entities: [] };
    if (!yaml.root && problems.sorted().length === 0) problems.atOffset(0, 'warning', 'the entity file is empty');
    return { list, problems: problems.sorted() };
  } catch (error) {
    // Not expected; a loader fault must still not break the editor or the command line.
    const message = error instanceof Error ? error.message : String(error);
    return {
      list: { sources: [], entities: [] },
      problems: [{ path, line: 1, column: 1, severity: 'error', message: `could not read the entity file: ${message}` }],
    };
  }
}
