import type { AnalysisContext } from './context';
import type { Claim } from './types';

export function findClaims(ctx: AnalysisContext): Claim[] {
  void ctx;
  return [];
}
