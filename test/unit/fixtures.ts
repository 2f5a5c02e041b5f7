// Hand-built engine data for the adapter's pure tests: each case's expectation is read off these.
import { compileEntities, type EntityIndex } from '../../src/engine/entities/compile';
import { emptyAnalysis as nothingFound } from '../../src/engine/analyze';
import { mentionsOf } from '../../src/engine/mentions/columns';
import type { Analysis, Claim, Entity, Mention, Quote } from '../../src/engine/types';
import { claimsOf } from '../../src/engine/claims/columns';
import { quotesOf } from '../../src/engine/quotes/columns';

export function person(fields: Partial<Entity> & Pick<Entity, 'id' | 'name'>): Entity {
  return { type: 'person', titles: [], aliases: [], descriptors: [], misspellings: [], facts: [], quotes: [], ...fields };
}

export function indexOf(entities: Entity[]): EntityIndex {
  return compileEntities({
    sources: [{ id: 'report', publisher: 'Reuters', dateline: 'KYIV, Dec 19' }],
    entities,
  });
}

/** An analysis that found nothing but `parts`; mentions, quotes and claims are given as objects. */
export function emptyAnalysis(
  text: string,
  parts: Partial<Omit<Analysis, 'mentions' | 'quotes' | 'claims'>> & { mentions?: Mention[]; quotes?: Quote[]; claims?: Claim[] } = {},
): Analysis {
  const { mentions, quotes, claims, ...rest } = parts;
  const analysis: Analysis = { ...nothingFound('markdown', text.length), ...rest };
  if (mentions) analysis.mentions = mentionsOf(mentions);
  if (quotes) analysis.quotes = quotesOf(quotes);
  if (claims) analysis.claims = claimsOf(claims);
  return analysis;
}

/** The range of the `occurrence`-th (1-based) `phrase` in `text`. */
export function rangeOf(text: string, phrase: string, occurrence = 1): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`"${phrase}" occurs fewer than ${occurrence} times`);
  }
  return { start: at, end: at + phrase.length };
}

export function mention(text: string, phrase: string, fields: Partial<Mention> & Pick<Mention, 'entity' | 'name' | 'kind'>, occurrence = 1): Mention {
  return { range: rangeOf(text, phrase, occurrence), possessive: false, sentence: 0, ...fields };
}

/** A closed quote around `content` (the marks just outside it). */
export function quote(text: string, content: string, fields: Partial<Quote> = {}): Quote {
  const inner = rangeOf(text, content);
  return {
    range: { start: inner.start - 1, end: inner.end + 1 },
    content: inner,
    closed: true,
    firstParagraph: 0,
    lastParagraph: 0,
    scare: false,
    speaker: null,
    source: null,
    cue: null,
    method: 'none',
    ...fields,
  };
}
