// Reads the source of an attribution: the noun phrase before a cue ("Umerov said", "a White House
// official said", "Rubio, who …, said") or after it ("said Rustem Umerov", "according to Statistics
// Canada"), and says what kind of source it is.
import type { AnalysisContext } from '../context';
import { countBelowNear } from '../claims/count-near';
import { kindAt, targetAt } from '../mentions/columns';
import type { AttributionMethod, Mentions, Pronoun, Range, Speaker } from '../types';
import { PERSONAL_PRONOUNS } from '../vocabulary/sources';
import { OF_COMPLEMENTS } from '../vocabulary/titles';
import { People } from './people';
import type { Token } from './tokens';
import { TokenSet } from './token-map';
import { AFTER_SOURCE_BREAK, ANONYMITY_MARKER, ANONYMOUS_NOUN, BETWEEN_SOURCE_AND_VERB_WORD, CLAUSE_BREAK, DETERMINER, HONORIFIC, NAME_PARTICLE, NOT_PERSON_WORD, NOT_TITLE_WORD, PERSONAL_PRONOUN, ROLE_WORD, SPEECH_VERB, STATEMENT_NOUN } from './word-sets';

export interface SourceReading {
  source: Range;
  speaker: Speaker | null;
  method: Exclude<AttributionMethod, 'continuation' | 'none'>;
  /** The source names an organization ("the State Department"). */
  organization?: boolean;
}

/** The longest subject read back from a verb, in words. */
const MAX_SUBJECT = 10;
/** The longest appositive skipped between a subject and its verb ("Rubio, who …, said"), in tokens. */
const MAX_APPOSITIVE = 30;

/** Words after "of" in a title ("Secretary of State"): part of the title, not of the name. */
const TITLE_COMPLEMENT = new TokenSet(OF_COMPLEMENTS.flat().map((w) => w.toLowerCase()).filter((w) => w !== 'the'));

/** Months and their abbreviations that are also first names. */
const FIRST_NAME_MONTH = new TokenSet(['jan', 'april', 'may', 'june', 'august']);

const PREPOSITIONS = new TokenSet(['of', 'in', 'on', 'at', 'for', 'to', 'from', 'with', 'by', 'about', 'after', 'before', 'during', 'since']);

/** Lower-case words inside an organization's name: "Bank of England", "Council on Foreign Relations", "Center for Disease Control". */
const NAME_JOINER = new TokenSet(['of', 'on', 'for']);

/**
 * Prepositions that open a phrase saying where, when or how the subject spoke ("Trump at the rally",
 * "protesters marching through the streets"): the phrase is no part of who spoke. "Of" and "for" are
 * not among them: "a spokesman for the ministry" and "the head of the delegation" name who spoke.
 */
const PLACE_PREPOSITIONS = new TokenSet([
  'at', 'in', 'on', 'outside', 'inside', 'near', 'through', 'across', 'with', 'from', 'during', 'after',
  'before', 'under', 'over', 'behind', 'beside', 'among', 'around', 'along', 'throughout', 'within',
  'into', 'aboard', 'amid', 'against', 'via',
]);

const WEEKDAYS_AND_MONTHS = new TokenSet([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
]);

export class SourceReader {
  /** The mentions, sorted by position: the search for the mention ending at a token reads their columns. */
  private readonly mentions: Mentions;
  /** The last answer of that search: subjects are read in text order, each near the one before. */
  private near = 0;

  readonly text: string;

  constructor(private readonly ctx: AnalysisContext, readonly people: People) {
    this.text = ctx.text;
    this.mentions = ctx.mentions;
  }

  /** Where each mention starts, in order of position (the array is the mentions' own: read, never write). */
  get startsInOrder(): Int32Array {
    return this.mentions.starts;
  }

  /** The subject that ends right before `tokens[verb]`, not reading back past `lo`. */
  before(tokens: Token[], lo: number, verb: number, paragraphStart: number): SourceReading | null {
    let j = verb - 1;
    while (j >= lo && isSkippable(tokens, j)) j--;
    if (j < lo) return null;
    j = skipParenthesis(tokens, lo, j);
    if (j < lo) return null;
    /** The appositive skipped, as token indexes [from, to], when there is one. */
    let appositive: [number, number] | null = null;
    if (isComma(tokens[j]) || isDash(tokens[j])) {
      // An appositive between commas (or dashes): the subject stands before its opening mark.
      const closer = tokens[j].lower;
      let m = j - 1;
      while (m >= lo && j - m <= MAX_APPOSITIVE && tokens[m].kind !== 'quote' && !(tokens[m].kind === 'punct' && (tokens[m].lower === closer || isComma(tokens[m]) || endsClause(tokens[m])))) m--;
      if (m < lo || j - m > MAX_APPOSITIVE || tokens[m].kind === 'quote' || endsClause(tokens[m])) return null;
      appositive = [m + 1, j - 1];
      j = skipParenthesis(tokens, lo, m - 1);
      if (j < lo) return null;
    }
    let b = j;
    while (b >= lo && j - b < MAX_SUBJECT && isSubjectWord(tokens[b])) b--;
    // "McConnell, who in 2010 said …": the relative pronoun stands for the name before it; so does
    // "which" right before the verb for an organization ("the Chicago Police Department, which
    // reported …", but not "the Affordable Care Act, which he said …").
    if (b >= lo && tokens[b].is('who') && tokens[b].kind === 'word' && onlyLowerCase(tokens, b + 1, j)) return this.relative(tokens, lo, b, paragraphStart, 'who');
    if (b === j && b >= lo && tokens[b].is('which') && tokens[b].kind === 'word') return this.relative(tokens, lo, b, paragraphStart, 'which');
    if (b === j) return null;
    // "32% of Republican claims": a phrase opening with "of" is no subject, and the cue a noun.
    if (tokens[b + 1].is('of')) return null;
    const whole = this.classify(tokens, b + 1, j, paragraphStart);
    // Read for a phrase of place or time only when the subject was read back to where it begins, not
    // cut off by its length.
    const begins = b < lo || !isSubjectWord(tokens[b]);
    const reading = (whole && whole.method !== 'pronoun' && begins && this.beforePhrase(tokens, b + 1, j, paragraphStart)) || whole;
    // "The judge, Maria Lopez, wrote": a role before a name in apposition; the name is who it is.
    if (appositive && (!reading || reading.method === 'descriptor' || reading.method === 'anonymous')) {
      const named = this.nameOnly(tokens, appositive[0], appositive[1], paragraphStart);
      if (named) return named;
    }
    return reading;
  }

  /**
   * The subject tokens[s..e] read up to a phrase that says where, when or how it spoke: "Trump at the
   * rally" is Trump, "two men in the crowd" are two men (the phrase stays in the source's span of a
   * descriptor or an unnamed source, which it describes). Null when no such phrase follows a head.
   */
  private beforePhrase(tokens: Token[], s: number, e: number, paragraphStart: number): SourceReading | null {
    let k = s + 1;
    while (k < e && !(tokens[k].kind === 'word' && !tokens[k].cap && PLACE_PREPOSITIONS.has(tokens[k]) && !namesAcross(tokens, k))) k++;
    if (k >= e) return null;
    // A head with a pronoun in it is a clause of its own ("I hope in 2017 America …"), not who spoke.
    for (let i = s; i < k; i++) if (PERSONAL_PRONOUN.has(tokens[i])) return null;
    const head = this.classify(tokens, s, k - 1, paragraphStart);
    if (!head || head.method === 'pronoun') return head;
    if (head.method === 'named') {
      // A lone capitalised word that names no one mentioned ("Workers at the factory") is a common
      // noun capitalised as the sentence's first word: the whole phrase describes who spoke.
      if (k - 1 > s || this.mentionEndingAt(tokens[s].start, tokens[s]) >= 0) return head;
      return { source: { start: tokens[s].start, end: tokens[e].end }, speaker: null, method: 'descriptor' };
    }
    return { ...head, source: { start: head.source.start, end: tokens[e].end } };
  }

  /**
   * The name that ends right before tokens[c] ("footage of Trump saying"): the capitalised words
   * there, not reading back past `lo`, read as a person's name and nothing else; else null.
   */
  nameRightBefore(tokens: Token[], lo: number, c: number, paragraphStart: number): SourceReading | null {
    let s = c;
    while (s > lo && c - s < 4 && tokens[s - 1].kind === 'word' && tokens[s - 1].cap && !tokens[s - 1].possessive) s--;
    return s < c ? this.nameOnly(tokens, s, c - 1, paragraphStart) : null;
  }

  /** tokens[s..e] read as a person's name and nothing else ("Maria Lopez"), else null. */
  private nameOnly(tokens: Token[], s: number, e: number, paragraphStart: number): SourceReading | null {
    if (e < s || e - s > 3) return null;
    for (let i = s; i <= e; i++) {
      const t = tokens[i];
      if (t.kind !== 'word' || t.possessive || !(t.cap || (i > s && NAME_PARTICLE.has(t)))) return null;
    }
    const named = this.classify(tokens, s, e, paragraphStart);
    return named && named.method === 'named' && !named.organization ? named : null;
  }

  /** The source that follows a cue ("said Umerov", "according to a source familiar with …"). */
  after(tokens: Token[], from: number, hi: number, paragraphStart: number): SourceReading | null {
    let e = from;
    while (e < hi && e - from < MAX_SUBJECT && isObjectWord(tokens[e], e === from)) e++;
    if (e === from) return null;
    let reading = this.classify(tokens, from, e - 1, paragraphStart);
    // "according to a statement from the transport ministry": the document stands for who issued it.
    if (reading && reading.method === 'descriptor' && e + 1 < hi && (tokens[e].is('from') || tokens[e].is('by')) && STATEMENT_NOUN.has(tokens[e - 1])) {
      const issuer = this.after(tokens, e + 1, hi, paragraphStart);
      if (issuer) return issuer;
    }
    // "said the head of Kyiv's delegation": a descriptor goes on over its "of" phrase.
    if ((!reading || reading.method === 'descriptor') && e < hi && (tokens[e].is('of') || tokens[e].is('for'))) {
      let f = e + 1;
      while (f < hi && f - from < MAX_SUBJECT && tokens[f].kind === 'word' && !CLAUSE_BREAK.has(tokens[f]) && !SPEECH_VERB.has(tokens[f])) f++;
      if (f > e + 1) {
        e = f;
        reading = this.classify(tokens, from, e - 1, paragraphStart) ?? reading;
      }
    }
    // "said the head of Kyiv's delegation, Rustem Umerov", "said the spokesman, Tom Reyes": a name
    // after the comma is who it is.
    if (e + 1 < hi && isComma(tokens[e]) && (!reading || reading.method === 'descriptor' || reading.method === 'anonymous')) {
      let n = e + 1;
      while (n < hi && (tokens[n].cap || NAME_PARTICLE.has(tokens[n])) && tokens[n].kind === 'word') n++;
      if (n > e + 1 && (n === hi || tokens[n].kind !== 'word')) {
        const named = this.classify(tokens, e + 1, n - 1, paragraphStart);
        if (named && named.method === 'named') reading = named;
      }
    }
    return reading;
  }

  /** What the noun phrase tokens[s..e] (inclusive) is as a source. */
  classify(tokens: Token[], s: number, e: number, paragraphStart: number): SourceReading | null {
    const last = tokens[e];
    const mention = this.mentionEndingAt(tokens[s].start, last);
    if (mention >= 0 && this.mentions.possessive[mention] === 0) return this.fromMention(mention);

    const pronoun = PERSONAL_PRONOUN.get(last);
    if (pronoun && !last.possessive) {
      // Inside a sentence whose subject is a named person, the pronoun is that person
      // ("Ban Ki-moon condemned what he called …", "Kerry said …, and he urged …").
      const subject = s === e ? this.namedSubjectBefore(tokens, s, paragraphStart) : null;
      const speaker = subject ?? this.people.resolve(last.start, pronoun, paragraphStart);
      return { source: { start: last.start, end: last.end }, speaker, method: 'pronoun' };
    }

    // "it said": an organization named before; the source is the pronoun, the speaker unknown.
    if (s === e && last.is('it') && !last.possessive) return { source: { start: last.start, end: last.end }, speaker: null, method: 'pronoun' };

    const anonymous = this.anonymous(tokens, s, e);
    if (anonymous) return anonymous;

    if (last.cap && !last.possessive) {
      let r = nameStart(tokens, s, e);
      // Dates and clause openers before a name are no part of it ("Tuesday Smith"), but a month that
      // is a first name before a surname is ("April Ryan").
      while (r < e && !(FIRST_NAME_MONTH.has(tokens[r]) && tokens[r + 1].cap) && (NOT_TITLE_WORD.has(tokens[r]) || WEEKDAYS_AND_MONTHS.has(tokens[r]) || NAME_PARTICLE.has(tokens[r]))) r++;
      if (r === e && (NOT_TITLE_WORD.has(tokens[r]) || WEEKDAYS_AND_MONTHS.has(tokens[r]) || NAME_PARTICLE.has(tokens[r]))) r++;
      if (r > e) return null;
      const source = { start: tokens[r].start, end: last.end };
      let nameFrom = r;
      let organization = false;
      let role = false;
      for (let i = r; i <= e; i++) {
        const w = tokens[i];
        // A title's complement after an institution with no role before it is part of the
        // institution's name: the "Council on Foreign Relations", the "Ministry of Foreign Affairs".
        if (!role && organization && TITLE_COMPLEMENT.has(w) && !ROLE_WORD.has(w)) continue;
        if (ROLE_WORD.has(w) || TITLE_COMPLEMENT.has(w)) {
          if (ROLE_WORD.has(w)) role = true;
          nameFrom = i + 1;
          // "White House Press Secretary Jane Doe", "Bank of England Governor Andrew Bailey": an
          // institution before a role and a name is the holder's title, not the source (while the
          // "Department of Justice" stays an institution).
          if (i < e) organization = false;
        }
        // A month that is a first name ("Jan Novak", "April Ryan") names no institution.
        else if (NOT_PERSON_WORD.has(w) && !(i < e && FIRST_NAME_MONTH.has(w) && tokens[i + 1].cap && tokens[i + 1].kind === 'word')) organization = true;
      }
      // Honorifics and abbreviated titles ("Del.", "Sen.", "Mr.") are not part of the name.
      while (nameFrom < e && (HONORIFIC.has(tokens[nameFrom]) || /^[a-z]{1,4}\.$/.test(tokens[nameFrom].lower))) nameFrom++;
      if (organization) nameFrom = r;
      if (organization) return { source, speaker: this.people.speaker(this.ctx.text.slice(tokens[r].start, last.end), null), method: 'named', organization: true };
      else if (e - nameFrom >= 3) nameFrom = e - 2; // a person's name is at most its last three words
      if (nameFrom > e) return { source, speaker: null, method: 'descriptor' };
      const name = withoutNickname(this.ctx.text.slice(tokens[nameFrom].start, last.end));
      return { source, speaker: this.people.speaker(name, null), method: 'named' };
    }

    // A common noun phrase: "the campaign", "the president", "critics".
    if (last.kind !== 'word' || last.possessive || e - s > 6) return null;
    // A number is no source, but an age is: "the 27-year-old said".
    if (NOT_TITLE_WORD.has(last) || CLAUSE_BREAK.has(last) || (last.startsWithDigit() && !last.endsWith('-old'))) return null;
    if (PREPOSITIONS.has(tokens[s])) return null;
    let d = s;
    for (let i = e; i >= s; i--) {
      if (DETERMINER.has(tokens[i])) {
        d = i;
        break;
      }
    }
    // "the head of the agency": the phrase's head stands before its "of" phrase, and speaks (but "a
    // report by the auditor general" stands for its author). With no determiner before the head, the
    // subject opens with it: "Protesters marching through the streets", "Supporters of the mayor"
    // (capitalised only as the subject's first word).
    const head = d - 2;
    if (head >= s && PREPOSITIONS.has(tokens[d - 1]) && tokens[head].kind === 'word' && (!tokens[head].cap || head === s) && !STATEMENT_NOUN.has(tokens[head])) {
      let opener = -1;
      for (let i = head - 1; i >= s && d - i <= 4; i--) {
        if (tokens[i].kind !== 'word') break;
        if (DETERMINER.has(tokens[i])) {
          opener = i;
          break;
        }
      }
      if (opener >= 0) d = opener;
      else if (head - s <= 2 && onlyWords(tokens, s, head)) d = s;
    }
    return { source: { start: tokens[d].start, end: last.end }, speaker: null, method: 'descriptor' };
  }

  /** "who" resolved to the name right before it ("McConnell, who …"), "which" to an organization's. */
  private relative(tokens: Token[], lo: number, w: number, paragraphStart: number, pronoun: 'who' | 'which'): SourceReading | null {
    let k = w - 1;
    if (k >= lo && isComma(tokens[k])) k--;
    k = skipParenthesis(tokens, lo, k);
    // "McConnell, now the Senate majority leader, who …": past an appositive to the name.
    if (k >= lo && !tokens[k].cap) {
      let m = k;
      while (m >= lo && k - m < 10 && !isComma(tokens[m]) && tokens[m].kind === 'word') m--;
      if (m >= lo && isComma(tokens[m])) k = m - 1;
    }
    if (k < lo || !tokens[k].cap || tokens[k].kind !== 'word') return null;
    const antecedent = this.classify(tokens, nameStart(tokens, lo, k), k, paragraphStart);
    if (!antecedent || antecedent.method !== 'named') return null;
    if (pronoun === 'which' && !this.isOrganization(antecedent)) return null;
    return { source: { start: tokens[w].start, end: tokens[w].end }, speaker: antecedent.speaker, method: 'pronoun' };
  }

  /** A named source that is an organization: read as one, or listed as one. */
  private isOrganization(reading: SourceReading): boolean {
    if (reading.organization) return true;
    const entity = reading.speaker?.entity;
    return entity != null && this.ctx.index.byId.get(entity)?.type === 'organization';
  }

  /** "Donald Trump's claim": the possessive name right before tokens[c]. */
  possessor(tokens: Token[], lo: number, c: number): SourceReading | null {
    let r = c - 1;
    while (r > lo && tokens[r - 1].kind === 'word' && (tokens[r - 1].cap || NAME_PARTICLE.has(tokens[r - 1])) && !tokens[r - 1].possessive) r--;
    while (r < c - 1 && NOT_TITLE_WORD.has(tokens[r])) r++;
    const last = tokens[c - 1];
    const mention = this.mentionEndingAt(tokens[r].start, last);
    const source = { start: tokens[r].start, end: last.end };
    if (mention >= 0) {
      const target = targetAt(this.mentions, mention);
      return { source, speaker: this.people.speaker(target.name, target.entity), method: 'named' };
    }
    const name = this.ctx.text.slice(tokens[r].start, last.end).replace(/['\u2019]s?$/, '');
    return { source, speaker: this.people.speaker(name, null), method: 'named' };
  }

  /** The named person opening the sentence that holds tokens[i], if one does and comes before it. */
  private namedSubjectBefore(tokens: Token[], i: number, paragraphStart: number): Speaker | null {
    let s = i;
    while (s > 0 && !(tokens[s - 1].kind === 'punct' && (tokens[s - 1].is('.') || tokens[s - 1].is('!') || tokens[s - 1].is('?'))) && tokens[s - 1].kind !== 'quote') s--;
    if (s >= i - 1) return null;
    if (PREPOSITIONS.has(tokens[s])) {
      while (s < i && !(tokens[s].kind === 'punct' && tokens[s].is(','))) s++;
      s++;
    }
    while (s < i && tokens[s].kind === 'word' && (NOT_TITLE_WORD.has(tokens[s]) || CLAUSE_BREAK.has(tokens[s]))) s++;
    if (s >= i || !tokens[s].cap || tokens[s].kind !== 'word') return null;
    let e = s;
    while (e + 1 < i && tokens[e + 1].kind === 'word' && (tokens[e + 1].cap || NAME_PARTICLE.has(tokens[e + 1])) && !tokens[e].possessive) e++;
    if (tokens[e].possessive) return null; // "Trump's campaign said …"
    const reading = this.classify(tokens, s, e, paragraphStart);
    return reading && reading.method === 'named' && !reading.organization ? reading.speaker : null;
  }

  /** "a White House official", "people familiar with the matter", "a second source". */
  private anonymous(tokens: Token[], s: number, e: number): SourceReading | null {
    let a = -1;
    for (let i = e; i >= s; i--) {
      if (ANONYMOUS_NOUN.has(tokens[i]) && !tokens[i].possessive) {
        a = i;
        break;
      }
    }
    if (a < 0) return null;
    // "spokesman Brian Fallon": a name right after the noun makes it a named source.
    if (a < e && tokens[a + 1].cap && !ANONYMITY_MARKER.has(tokens[a + 1]) && !DETERMINER.has(tokens[a + 1])) {
      let marker = false;
      for (let i = a + 1; i <= e; i++) if (ANONYMITY_MARKER.has(tokens[i])) marker = true;
      if (!marker) return null;
    }
    let start = s;
    for (let i = a; i >= s; i--) {
      if (DETERMINER.has(tokens[i]) && !tokens[i].is('that') && !tokens[i].is('this')) {
        start = i;
        break;
      }
    }
    // A leading capitalised clause opener ("But officials said") is no part of the source.
    while (start < a && (CLAUSE_BREAK.has(tokens[start]) || NOT_TITLE_WORD.has(tokens[start])) && !DETERMINER.has(tokens[start])) start++;
    return { source: { start: tokens[start].start, end: tokens[e].end }, speaker: null, method: 'anonymous' };
  }

  /** Mention `i` as the source: named, a descriptor or a pronoun. */
  private fromMention(i: number): SourceReading {
    const { mentions } = this;
    const target = targetAt(mentions, i);
    const speaker = this.people.person(target.name, target.entity);
    const source = { start: mentions.starts[i]!, end: mentions.ends[i]! };
    const kind = kindAt(mentions, i);
    return { source, speaker, method: kind === 'descriptor' ? 'descriptor' : kind === 'pronoun' ? 'pronoun' : 'named' };
  }

  /** The longest mention that ends with the token `last` and starts at or after `from`: its index, or -1. */
  private mentionEndingAt(from: number, last: Token): number {
    const { starts, ends, length } = this.mentions;
    let best = -1;
    // The mentions starting at or before the token, read back from the last of them.
    const below = (this.near = countBelowNear(starts, length, last.start + 1, this.near));
    for (let i = below - 1, seen = 0; i >= 0 && seen < 16 && starts[i]! >= from; i--, seen++) {
      if (ends[i]! >= last.end && ends[i]! <= last.end + 2) {
        if (best < 0 || ends[i]! - starts[i]! > ends[best]! - starts[best]!) best = i;
      }
    }
    return best;
  }
}

/** A quoted nickname inside a name (Jimmy "The Hammer" Doyle); bounded, so it cannot backtrack far. */
const NICKNAME = /\s["\u201c][^"\u201c\u201d]{1,24}["\u201d]/g;

/** The name without a quoted nickname: the person is "Jimmy Doyle". */
function withoutNickname(name: string): string {
  return name.includes('"') || name.includes('\u201c') ? name.replace(NICKNAME, '') : name;
}

export function pronounOf(word: string): Pronoun | undefined {
  return PERSONAL_PRONOUNS.get(word);
}

/** Nouns ending in -ly that are no adverbs ("Scott's family said"). */
const LY_NOUNS = new TokenSet(['family', 'assembly', 'rally', 'supply', 'reply', 'ally', 'monopoly', 'anomaly', 'bully', 'daily', 'weekly', 'monthly', 'quarterly', 'homily', 'melancholy']);

/** Steps back over a short parenthesis ending at tokens[j]: "Sen. Claire McCaskill (D-Mo.) said". */
function skipParenthesis(tokens: Token[], lo: number, j: number): number {
  if (j < lo || tokens[j].kind !== 'punct' || !tokens[j].is(')')) return j;
  for (let m = j - 1; m >= lo && j - m <= 8; m--) {
    if (tokens[m].kind === 'punct' && tokens[m].is('(')) return m - 1;
  }
  return j;
}

/**
 * Where the name ending at tokens[e] begins, not reading back past `lo`: its capitalised words and
 * particles, and an institution's name over "of", "on", "for" ("the Department of Justice", "the
 * Council on Foreign Relations").
 */
function nameStart(tokens: Token[], lo: number, e: number): number {
  let r = e;
  for (;;) {
    while (r > lo && (tokens[r - 1].cap || NAME_PARTICLE.has(tokens[r - 1])) && !tokens[r - 1].possessive && tokens[r - 1].kind === 'word') r--;
    if (r - 2 >= lo && NAME_JOINER.has(tokens[r - 1]) && tokens[r - 2].cap && NOT_PERSON_WORD.has(tokens[r - 2])) r -= 2;
    else return r;
  }
}

function onlyLowerCase(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (tokens[i].cap) return false;
  return true;
}

function isComma(t: Token): boolean {
  return t.kind === 'punct' && t.is(',');
}

function isDash(t: Token): boolean {
  return t.kind === 'punct' && (t.is('\u2014') || t.is('\u2013'));
}

function endsClause(t: Token): boolean {
  return t.kind === 'punct' && (t.is('.') || t.is('!') || t.is('?') || t.is(';') || t.is(':'));
}

/** Words passed over between a subject and its verb ("Umerov also said", "Smith on Friday said"). */
function isSkippable(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (t.kind !== 'word') return false;
  if (BETWEEN_SOURCE_AND_VERB_WORD.has(t)) return true;
  if (!t.cap && t.lowerLength > 4 && t.endsWith('ly') && !LY_NOUNS.has(t)) return true;
  if (WEEKDAYS_AND_MONTHS.has(t) && j > 0 && tokens[j - 1].is('on')) return true;
  if (t.is('on') && j + 1 < tokens.length && WEEKDAYS_AND_MONTHS.has(tokens[j + 1])) return true;
  return false;
}

/**
 * The preposition tokens[k] lies inside an organization's name: a capitalised word such as
 * "Commission" or "Council" before it and a capitalised word after ("Council on Foreign Relations").
 */
function namesAcross(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return before.kind === 'word' && before.cap && NOT_PERSON_WORD.has(before) && after !== undefined && after.kind === 'word' && after.cap;
}

/** Every token of tokens[s..e] is a word. */
function onlyWords(tokens: Token[], s: number, e: number): boolean {
  for (let i = s; i <= e; i++) if (tokens[i].kind !== 'word') return false;
  return true;
}

function isSubjectWord(t: Token): boolean {
  if (t.kind !== 'word') return false;
  if (t.cap) return !SPEECH_VERB.has(t);
  return !CLAUSE_BREAK.has(t) && !SPEECH_VERB.has(t);
}

function isObjectWord(t: Token, first: boolean): boolean {
  if (t.kind === 'punct') return t.is('/') || t.is('&'); // "9/11 widow Terry Strada"
  if (t.kind !== 'word') return false;
  if (t.cap) return true;
  if (!first && AFTER_SOURCE_BREAK.has(t)) return false;
  return !CLAUSE_BREAK.has(t) && !SPEECH_VERB.has(t);
}
