// How an attribution was made, as a small number, for the quotes and claims kept as columns.
import type { AttributionMethod } from '../types';

/** Every attribution method; a quote's or claim's method is stored as its index here. */
export const ATTRIBUTION_METHODS: readonly AttributionMethod[] = ['named', 'descriptor', 'pronoun', 'continuation', 'anonymous', 'none'];

const METHOD_CODES = new Map<AttributionMethod, number>(ATTRIBUTION_METHODS.map((method, code) => [method, code]));

export function methodCode(method: AttributionMethod): number {
  return METHOD_CODES.get(method)!;
}

/** The code of `none`: no speaker found. */
export const METHOD_NONE = methodCode('none');
/** The code of `anonymous`: an unnamed source. */
export const METHOD_ANONYMOUS = methodCode('anonymous');
