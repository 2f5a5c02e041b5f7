import type { EntityList, EntityProblem } from '../types';

export interface LoadedEntityFile {
  list: EntityList;
  problems: EntityProblem[];
}

/** Parses one entity file's text; `path` is only used in problems and origins. Never throws. */
export function parseEntityFile(text: string, path: string): LoadedEntityFile {
  void text; void path;
  return { list: { sources: [], entities: [] }, problems: [] };
}
