import { claimRange, claimSource, methodAt } from '../claims/columns';
import { isScare, quoteMethod, quoteRange, quoteSource } from '../quotes/columns';
import type { Claims, Quotes, Range } from '../types';
import type { Rule, RuleFindings } from './rule';
import * as chars from '../text/chars';

const { Ch, isWhitespace } = chars;

/** A speaker named in the text who is not in the entity list. The fix is an editor action. */
export const unknownSpeaker: Rule = {
  meta: {
    id: 'unknown-speaker',
    defaultSeverity: 'information',
    description: 'A named speaker who is not in the entity list.',
    docs: 'unknown-speaker',
  },
  check(ctx, claims, out) {
    // Once per person, at the first place they speak: adding them to the list settles every quote.
    const speakers = new FirstPlaces();
    addQuotes(ctx.quotes, speakers);
    addClaims(claims, speakers);
    speakers.inTextOrder().forEach(reportUnlisted, out);
  },
};

function reportUnlisted(this: RuleFindings, { range, name }: Place): void {
  this.report(range, `${name} is not in the entity list: add them so hovers and checks know who they are.`);
}

/** The quotes whose speaker is named and unlisted, read from the columns. */
function addQuotes(quotes: Quotes, places: FirstPlaces): void {
  for (let i = 0; i < quotes.length; i++) {
    const speaker = quotes.speakers[i];
    if (!speaker || speaker.entity !== null || isScare(quotes, i) || quoteMethod(quotes, i) !== 'named') continue;
    places.add(speaker.name, quoteSource(quotes, i) ?? quoteRange(quotes, i));
  }
}

/** The claims whose speaker is named and unlisted, read from the columns. */
function addClaims(claims: Claims, places: FirstPlaces): void {
  for (let i = 0; i < claims.length; i++) {
    const speaker = claims.speaker[i]!;
    if (speaker < 0 || claims.speakers[speaker]!.entity !== null || methodAt(claims, i) !== 'named') continue;
    places.add(claims.speakers[speaker]!.name, claimSource(claims, i) ?? claimRange(claims, i));
  }
}

interface Place {
  range: Range;
  name: string;
  /** When the place was seen: places that start together are reported in that order. */
  seen: number;
}

/**
 * The earliest place each unlisted speaker speaks. "Hillary Clinton", "Clinton" and "Mrs. Clinton" are
 * one speaker, keyed by the last word; a draft names the same speaker the same way many times, so the
 * key is made once per written name, not once per quote.
 */
class FirstPlaces {
  private readonly byKey = new Map<string, Place>();
  private readonly byName = new Map<string, Place>();
  private seen = 0;

  /** An unlisted speaker named `name` speaks at `range` (their name, else what they say). */
  add(name: string, range: Range): void {
    let place = this.byName.get(name);
    if (!place) {
      const key = speakerKey(name);
      place = this.byKey.get(key);
      if (!place) {
        place = { range, name, seen: this.seen++ };
        this.byKey.set(key, place);
      }
      this.byName.set(name, place);
    }
    if (range.start < place.range.start) {
      place.range = range;
      place.name = name;
      place.seen = this.seen++;
    }
  }

  inTextOrder(): Place[] {
    return [...this.byKey.values()].sort(byPlace);
  }
}

function byPlace(a: Place, b: Place): number {
  return a.range.start - b.range.start || a.seen - b.seen;
}

/** The name's last word in lower case, less a possessive ending ('s, ’s, or a bare apostrophe). */
function speakerKey(name: string): string {
  // By hand rather than by split and replace: one string made, and no array.
  let end = name.length;
  while (end > 0 && isWhitespace(name.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && !isWhitespace(name.charCodeAt(start - 1))) start--;
  const word = name.slice(start, end).toLowerCase();
  let keep = word.length;
  if (keep >= 2 && word.charCodeAt(keep - 1) === Ch.LowerS && isApostrophe(word.charCodeAt(keep - 2))) keep -= 2;
  else if (keep >= 1 && isApostrophe(word.charCodeAt(keep - 1))) keep -= 1;
  return keep === word.length ? word : word.slice(0, keep);
}

function isApostrophe(c: number): boolean {
  return c === Ch.Apostrophe || c === Ch.RightSingleQuote;
}
