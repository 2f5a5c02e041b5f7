// Ties every quote to who said it. For each quote, in order:
//   1. a cue right after it in its sentence ("…," Umerov said / said Umerov / according to …);
//   2. a cue before it in its sentence (Umerov said: "…" / X called it "…" / X said the plan was "…");
//   3. a colon ending the paragraph before ("He added:" then the quote);
//   4. the speaker of the previous quote in the paragraph ("…," he said. "…");
//   5. continuation: a paragraph that opens with a quote keeps the speaker of the previous
//      paragraph's last quote, as news copy does.
// Short phrases with no cue in reach stay scare quotes (no speaker needed).
import { cueAt, type Cue } from './attribution/cue';
import { People } from './attribution/people';
import { SourceReader, type SourceReading } from './attribution/source';
import { endsSentence, giveBackTokenBuffer, REUSED_TOKENS, takeTokenBuffer, tokenAt, type TokenBuffer, type Token } from './attribution/tokens';
import type { AnalysisContext } from './context';
import { tally } from './instrument';
import { isTitleCase } from './text/title-case';
import { attribute, contentEnd, contentStart, copyAttribution, isAnonymous, isScare, isUnattributed, quoteContent, quoteMethod } from './quotes/columns';
import type { Quotes, Range, Speaker } from './types';
import { TokenSet } from './attribution/token-map';
import { ANONYMOUS_NOUN, CLAUSE_BREAK, DETERMINER, NAME_PARTICLE, NAMING_VERB, NOT_TITLE_WORD, PERSONAL_PRONOUN, ROLE_WORD } from './attribution/word-sets';

const OPENING_PREPOSITIONS = new TokenSet([
  'in', 'at', 'on', 'after', 'before', 'during', 'for', 'with', 'from', 'since', 'while', 'when', 'as',
  'despite', 'amid', 'speaking', 'asked', 'following', 'like', 'unlike', 'throughout', 'by', 'under',
]);

/**
 * The most tokens read back or forward for a sentence's bounds. Real sentences are far shorter; the
 * cap keeps pathological text (one endless sentence full of quotes) linear.
 */
const MAX_SENTENCE = 120;

/** How far after a quote its cue may stand (subject and appositive included), in tokens. */
const TAIL_REACH = 40;
/** When the quote ends its own sentence, the cue must follow at once ("…go." Smith said.). */
const SHORT_TAIL_REACH = 6;

export interface Found {
  reading: SourceReading;
  cue: Range;
  /** Where the cue stood: after the quote, before it, or in the sentence or paragraph before. */
  from: 'tail' | 'head';
  kind: Cue['kind'] | 'punctuation';
  /** For a sentence-final attribution, the token index of the comma that opens it. */
  comma?: number;
  /**
   * Read from the next sentence, whose own quote follows its cue ("…win." Marsh said "…"): it
   * attributes this quote only when nothing before the quote does.
   */
  borrowed?: boolean;
}

/**
 * Tokenises paragraphs on demand, once each. Quotes come in text order and each reads at most the
 * paragraph before its first, its first and its last, so only a few paragraphs are held at a time:
 * they are kept in short arrays searched from the start (a Map's entries, set and deleted quote
 * after quote, were garbage of their own).
 */
export class ParagraphTokens {
  /** The paragraphs held, and their tokens at the same index; `held` of them are in use. */
  private readonly paragraphs: number[] = [];
  private readonly buffers: TokenBuffer[] = [];
  private held = 0;
  /** Buffers of forgotten paragraphs, refilled by the next paragraphs read. */
  private readonly spare: TokenBuffer[] = [];
  /** The lowest paragraph held (NONE_CACHED when none is): most quotes have nothing to forget. */
  private lowest = NONE_CACHED;
  constructor(private readonly ctx: AnalysisContext) {}

  /** The tokens of paragraph p; `near`, a quote known to end after the paragraph starts, spares a search. */
  get(p: number, near = -1): Token[] {
    for (let i = 0; i < this.held; i++) if (this.paragraphs[i] === p) return this.buffers[i]!.tokens;
    // A forgotten paragraph's buffer, refilled in place: its objects and its room both serve again.
    const buffer = this.spare.pop() ?? takeTokenBuffer();
    const { prose, quotes } = this.ctx;
    buffer.read(this.ctx.text, prose, p, quotes, firstQuoteFrom(quotes, prose.paragraphs.starts[p]!, near));
    this.paragraphs[this.held] = p;
    this.buffers[this.held] = buffer;
    this.held++;
    if (p < this.lowest) this.lowest = p;
    return buffer.tokens;
  }

  /** The reading is done: every buffer goes back for the next analysis. */
  release(): void {
    for (let i = 0; i < this.held; i++) giveBackTokenBuffer(this.buffers[i]!);
    for (let i = 0; i < this.spare.length; i++) giveBackTokenBuffer(this.spare[i]!);
    this.held = 0;
    this.spare.length = 0;
  }

  /** Tokens are only needed near the current paragraph: forget the rest (their objects are refilled). */
  forgetBefore(p: number): void {
    if (this.lowest >= p - 1) return;
    this.lowest = NONE_CACHED;
    let kept = 0;
    for (let i = 0; i < this.held; i++) {
      const paragraph = this.paragraphs[i]!;
      const buffer = this.buffers[i]!;
      if (paragraph >= p - 1) {
        if (paragraph < this.lowest) this.lowest = paragraph;
        this.paragraphs[kept] = paragraph;
        this.buffers[kept] = buffer;
        kept++;
      } else if (buffer.tokens.length <= REUSED_TOKENS && this.spare.length < SPARE_BUFFERS) {
        this.spare.push(buffer);
      }
    }
    this.held = kept;
  }
}

/** Above any paragraph index, and a small integer. */
const NONE_CACHED = 0x3fffffff;

/** Paragraphs in reach of one quote: the one before, its first and its last. */
const SPARE_BUFFERS = 3;

/** Fills in speaker, source, cue and method on every quote in the context. */
export function attributeQuotes(ctx: AnalysisContext): void {
  const quotes = ctx.quotes;
  if (quotes.length === 0) return;
  const people = new People(ctx);
  ctx.people = people;
  const reader = new SourceReader(ctx, people);
  ctx.reader = reader;
  const paragraphs = new ParagraphTokens(ctx);
  /**
   * The last quote with a speaker or source, per paragraph it ends in, as its index plus one (0: none):
   * one small typed array rather than a Map grown entry by entry.
   */
  const lastAttributed = new Int32Array(ctx.prose.paragraphs.length);
  const lastAttributedIn = (p: number): number => (p >= 0 ? lastAttributed[p]! - 1 : -1);
  let work = 0; // quotes and the paragraphs they span, for the scaling tests

  for (let qi = 0; qi < quotes.length; qi++) {
    const first = quotes.firstParagraphs[qi]!;
    const last = quotes.lastParagraphs[qi]!;
    work += 1 + last - first;
    paragraphs.forgetBefore(first);
    const headTokens = paragraphs.get(first, qi);
    const tailTokens = paragraphs.get(last, qi);
    const h = quoteToken(headTokens, quotes, qi);
    const t = quoteToken(tailTokens, quotes, qi);
    if (h < 0 || t < 0) continue;
    const headStart = ctx.prose.paragraphs.starts[first]!;
    const tailStart = ctx.prose.paragraphs.starts[last]!;
    const scare = isScare(quotes, qi);
    const attributedBefore = lastAttributedIn(first);

    const tail = fromTail(ctx.text, reader, tailTokens, t, quotes, qi, tailStart);
    const found =
      (tail?.borrowed ? null : tail) ??
      fromHead(reader, headTokens, headStartOf(headTokens, h, quotes), h, headStart, attributedBefore >= 0 ? quotes.cueStarts[attributedBefore]! : -1) ??
      tail ??
      (h === 0 && first > 0 ? fromColonBefore(reader, paragraphs.get(first - 1, qi), ctx.prose.paragraphs.starts[first - 1]!) : null) ??
      (!scare ? fromSentenceBefore(reader, headTokens, h, headStart) : null);

    if (tail && found === tail && last > first && runsIntoAnotherSpeaker(reader, headTokens, h, headStart, quotes, tail, attributedBefore)) {
      quotes.missingClose[qi] = 1;
    }
    if (found) {
      // A title in quotes ("Fox News Sunday", "Contract with America") keeps no speaker unless the
      // attribution follows it directly or a naming verb introduces it (called him "Lyin' Ted").
      // The quote's words are read last: the tokens around it rule most quotes out.
      const staysTitle = scare && !namedBy(headTokens[h - 1]) && ((found.from === 'head' && found.kind !== 'naming') || introducesTitle(headTokens[h - 1])) && isTitleCase(ctx.text, quoteContent(quotes, qi));
      if (!staysTitle) {
        apply(quotes, qi, found);
        quotes.scare[qi] = 0;
      }
    } else {
      if (attributedBefore >= 0 && (!scare || sameSentence(headTokens, quotes.starts[attributedBefore]!, h))) {
        // "…" he said. "…" — or a run of phrases in one attributed sentence: "a con" and "a fraud".
        copyAttribution(quotes, qi, attributedBefore, quoteMethod(quotes, attributedBefore));
        quotes.scare[qi] = 0;
      } else if (!scare && h === 0 && first > 0) {
        const before = lastAttributedIn(first - 1);
        if (before >= 0) copyAttribution(quotes, qi, before, 'continuation');
      }
      if (isUnattributed(quotes, qi) && !isScare(quotes, qi)) {
        const next = fromSentenceAfter(ctx.text, reader, tailTokens, h === 0 || endsSentence(headTokens[h - 1]), t, quotes, qi, tailStart);
        if (next) apply(quotes, qi, next);
      }
    }
    const speaker = quotes.speakers[qi];
    if (speaker && !isAnonymous(quotes, qi)) people.record(quotes.starts[qi]!, speaker);
    if (!isUnattributed(quotes, qi) && !isScare(quotes, qi)) lastAttributed[last] = qi + 1;
  }
  paragraphs.release();
  tally('attribution', work);
}

/**
 * A quote run over paragraphs whose last paragraph's quote is attributed after it to a named speaker,
 * while its first paragraph is someone else's (a named speaker introduces the run there, or the quote
 * before it in that paragraph is theirs): most likely two quotes, the first one's closing mark missing
 * ("“…,” Moore said. “If indeed …" then "“I have been …,” added Clyburn.").
 */
function runsIntoAnotherSpeaker(reader: SourceReader, tokens: Token[], h: number, paragraphStart: number, quotes: Quotes, tail: Found, before: number): boolean {
  const later = tail.reading.speaker;
  if (tail.reading.method !== 'named' || later === null) return false;
  const earlier = speakerBefore(reader, tokens, h, paragraphStart, quotes, before);
  return earlier !== null && !samePerson(earlier, later);
}

/** The named speaker of the run's first paragraph: who introduces it there, else who spoke the quote before it. */
function speakerBefore(reader: SourceReader, tokens: Token[], h: number, paragraphStart: number, quotes: Quotes, before: number): Speaker | null {
  const head = fromHead(reader, tokens, headStartOf(tokens, h, quotes), h, paragraphStart);
  if (head) return head.reading.method === 'named' ? head.reading.speaker : null;
  if (before < 0 || quoteMethod(quotes, before) !== 'named') return null;
  return quotes.speakers[before] ?? null;
}

/** Listed speakers by their entity; otherwise by the last word of the name ("Gwen Moore" is "Moore"). */
function samePerson(a: Speaker, b: Speaker): boolean {
  if (a.entity !== null && b.entity !== null) return a.entity === b.entity;
  const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return lastWord(a.name) === lastWord(b.name);
}

function apply(quotes: Quotes, qi: number, found: Found): void {
  attribute(quotes, qi, found.reading.speaker, found.reading.source, found.cue, found.reading.method);
}

/** A naming verb right before the quote: nicknamed "King James", called him "Lyin' Ted". */
function namedBy(before: Token | undefined): boolean {
  return !!before && before.kind === 'word' && (NAMING_VERB.has(before) || before.is('as'));
}

/** Words that put a title after them: "on CNN's "State of the Union"", "his 1994 "Contract with America"". */
function introducesTitle(before: Token | undefined): boolean {
  if (!before || before.kind !== 'word') return false;
  return before.possessive || before.startsWithDigit() || TITLE_PREPOSITIONS.has(before) || DETERMINER.has(before);
}

const TITLE_PREPOSITIONS = new TokenSet(['of', 'on', 'in', 'at', 'for', 'from', 'to', 'with', 'by', 'about', 'into']);

/**
 * The first quote that ends after `offset`. From a quote `near` that does, the answer is a walk back
 * over the quotes of one paragraph, which the loop has just read; a binary search would visit quotes
 * all over memory.
 */
function firstQuoteFrom(quotes: Quotes, offset: number, near: number): number {
  const ends = quotes.ends;
  if (near >= 0 && near < quotes.length && ends[near]! > offset) {
    let q = near;
    while (q > 0 && ends[q - 1]! > offset) q--;
    return q;
  }
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function quoteToken(tokens: Token[], quotes: Quotes, qi: number): number {
  const end = quotes.ends[qi]!;
  for (let i = Math.max(0, tokenAt(tokens, quotes.starts[qi]!) - 1); i < tokens.length && tokens[i].start < end; i++) {
    if (tokens[i].quote === qi) return i;
  }
  return -1;
}

function isBreak(t: Token): boolean {
  return t.kind === 'quote' || endsSentence(t);
}

/** The first token of the stretch of the sentence before tokens[i] (after a sentence end or another quote). */
export function sentenceStart(tokens: Token[], i: number): number {
  let s = i;
  while (s > 0 && i - s < MAX_SENTENCE && !isBreak(tokens[s - 1])) s--;
  return s;
}

/**
 * Where the head of the quote at tokens[h] starts: the start of its sentence, or just after the last
 * quote before it that has a speaker (a scare quote or title does not cut the sentence:
 * Johnson tells MSNBC's "Morning Joe" that "…").
 */
function headStartOf(tokens: Token[], h: number, quotes: Quotes): number {
  let s = h;
  while (s > 0 && h - s < MAX_SENTENCE && !endsSentence(tokens[s - 1]) && !(tokens[s - 1].kind === 'quote' && !isScare(quotes, tokens[s - 1].quote))) s--;
  return s;
}

/** First token of the whole sentence holding tokens[i], reading back over quotes. */
function wholeSentenceStart(tokens: Token[], i: number): number {
  let s = i;
  while (s > 0 && i - s < MAX_SENTENCE && !endsSentence(tokens[s - 1])) s--;
  return s;
}

/** Whether the quote starting at `prevStart` stands in the sentence before tokens[h]. */
function sameSentence(tokens: Token[], prevStart: number, h: number): boolean {
  for (let i = h - 1; i >= 0 && h - i <= MAX_SENTENCE; i--) {
    if (tokens[i].kind === 'quote' && tokens[i].start === prevStart) return true;
    if (endsSentence(tokens[i])) return false;
  }
  return false;
}

export function cueRange(tokens: Token[], cue: Cue): Range {
  const last = tokens[cue.to - 1];
  // "wrote on X." — the full stop read into the initial-like X ends the sentence, not the cue.
  const end = last.lowerLength === 2 && last.endsWith('.') ? last.end - 1 : last.end;
  return { start: tokens[cue.from].start, end };
}

function isDash(t: Token): boolean {
  return t.kind === 'punct' && (t.is('\u2015') || t.is('\u2014') || t.is('\u2013') || t.is('-'));
}

function isLeadPunct(t: Token): boolean {
  return t.kind === 'punct' && (t.is(',') || t.is('(') || isDash(t));
}

/** "…," Umerov said / "…," said Umerov / "…," Rubio, who …, said / "…," according to … */
function fromTail(text: string, reader: SourceReader, tokens: Token[], t: number, quotes: Quotes, qi: number, paragraphStart: number): Found | null {
  let k = t + 1;
  while (k < tokens.length && isLeadPunct(tokens[k])) k++;
  if (k >= tokens.length || isBreak(tokens[k])) return null;
  // "“…” ― Esther Tapia": a dash and a name after the quote, as in a list of voices.
  if (k > t + 1 && isDash(tokens[k - 1])) {
    let e = k;
    while (e < tokens.length && tokens[e].kind === 'word' && (tokens[e].cap || NAME_PARTICLE.has(tokens[e]))) e++;
    if (e > k && (e === tokens.length || tokens[e].kind !== 'word')) {
      const reading = reader.classify(tokens, k, e - 1, paragraphStart);
      if (reading && reading.method === 'named') return { reading, cue: { start: tokens[k - 1].start, end: tokens[k - 1].end }, from: 'tail', kind: 'punctuation' };
    }
  }
  // After a quote that ends its own sentence, the next words are a new sentence: they attribute the
  // quote only when they are nothing but an attribution ("…go." Smith said.).
  const newSentence = quotes.closed[qi] === 1 && endsWithStop(text, quotes, qi) && tokens[k].cap;
  const reach = newSentence ? SHORT_TAIL_REACH : TAIL_REACH;
  let inAppositive = false;
  for (let c = k; c < tokens.length && c - k <= reach && !isBreak(tokens[c]); c++) {
    const tok = tokens[c];
    if (tok.kind === 'punct' && tok.is(',')) inAppositive = true;
    // "…," as the memo put it / as Smith noted: the aside names the quote's source.
    if (c === k && tok.kind === 'word' && tok.is('as') && !newSentence) {
      const aside = asAside(reader, tokens, c + 1, paragraphStart);
      if (aside) return aside;
    }
    // "…," the newspaper quoted Marsh as saying: the one quoted is the source.
    if (tok.kind === 'word' && tok.is('quoted') && !newSentence) {
      const quoted = quotedAsSaying(reader, tokens, c, paragraphStart);
      if (quoted) return quoted;
    }
    // "…" when he said: a clause of its own, not the quote's attribution — unless the sentence
    // ends with one ("A cashier who "steals …" is held accountable, Warren said.").
    if (!inAppositive && tok.kind === 'word' && !tok.cap && CLAUSE_BREAK.has(tok)) return newSentence ? null : finalAttribution(reader, tokens, c, paragraphStart);
    const cue = cueAt(tokens, c);
    if (!cue || cue.kind === 'naming') continue;
    if (newSentence && !(cue.to >= tokens.length || endsSentence(tokens[cue.to]) || tokens[cue.to].kind === 'quote')) return null;
    if (c > k && !isSubjectStart(tokens, k, c)) return newSentence ? null : finalAttribution(reader, tokens, c, paragraphStart);
    if (cue.kind === 'participle') return null; // "…," adding that …: the sentence's subject, read from the head
    let reading: SourceReading | null;
    if (cue.kind === 'according' || c === k) reading = reader.after(tokens, cue.to, tokens.length, paragraphStart);
    else reading = reader.before(tokens, k, c, paragraphStart);
    if (!reading) return null;
    const borrowed = newSentence && cue.to < tokens.length && tokens[cue.to].kind === 'quote';
    return { reading, cue: cueRange(tokens, cue), from: 'tail', kind: cue.kind, borrowed };
  }
  return newSentence ? null : finalAttribution(reader, tokens, k, paragraphStart);
}

/** "quoted Marsh as saying": the name between "quoted" (at tokens[c]) and "as saying". */
function quotedAsSaying(reader: SourceReader, tokens: Token[], c: number, paragraphStart: number, limit = tokens.length): Found | null {
  for (let a = c + 2; a + 1 < limit && a - c <= ASIDE_REACH; a++) {
    if (!tokens[a].is('as') || !tokens[a + 1].is('saying')) continue;
    const reading = reader.after(tokens, c + 1, a, paragraphStart);
    return reading ? { reading, cue: { start: tokens[c].start, end: tokens[c].end }, from: 'tail', kind: 'verb' } : null;
  }
  return null;
}

/** The longest aside read after "as", up to its verb ("as a Homeland Security memo put it"), in tokens. */
const ASIDE_REACH = 10;

const ASIDE_ENDINGS = new TokenSet(['on', 'in', 'at', 'during', 'last', 'this', 'yesterday', 'today', 'earlier', 'recently', 'after', 'before', 'afterwards', 'afterward', 'of']);

/** "as X put it", "as Smith noted", "as the report said": a source and a cue closing the aside. */
function asAside(reader: SourceReader, tokens: Token[], from: number, paragraphStart: number): Found | null {
  for (let c = from + 1; c < tokens.length && c - from <= ASIDE_REACH && !isBreak(tokens[c]); c++) {
    const cue = cueAt(tokens, c);
    if (!cue) continue;
    if (cue.kind !== 'verb') return null;
    const after = tokens[cue.to];
    // The aside ends with its verb, or a time or place after it ("as Tate noted on Friday") — not
    // "as he said the plan would …".
    if (after && after.kind === 'word' && !ASIDE_ENDINGS.has(after)) return null;
    const reading = reader.before(tokens, from, c, paragraphStart);
    return reading ? { reading, cue: cueRange(tokens, cue), from: 'tail', kind: cue.kind } : null;
  }
  return null;
}

/**
 * The attribution that closes the sentence holding tokens[from]: "…, Warren said.", "…, said a
 * spokesman.", "…, according to Statistics Canada." Exported for claims, which read the same shape.
 */
export function finalAttribution(reader: SourceReader, tokens: Token[], from: number, paragraphStart: number, end = -1): Found | null {
  let e = end;
  if (e < 0) {
    e = from;
    while (e < tokens.length && e - from < MAX_SENTENCE && !isBreak(tokens[e])) e++;
  }
  // Trailing full stops and closing marks are not part of the attribution.
  while (e > from && tokens[e - 1].kind === 'punct' && !tokens[e - 1].is(',')) e--;
  for (let comma = e - 1; comma >= from && e - comma <= 16; comma--) {
    const t = tokens[comma];
    if (t.kind === 'quote') return null;
    if (t.kind !== 'punct') continue;
    if (!t.is(',')) return null;
    const k = comma + 1;
    for (let c = k; c < e; c++) {
      const cue = cueAt(tokens, c);
      if (!cue || cue.kind === 'naming' || cue.kind === 'participle' || cue.kind === 'noun') continue;
      let reading: SourceReading | null;
      if (cue.kind === 'according' || c === k) reading = reader.after(tokens, cue.to, e, paragraphStart);
      else reading = isSubjectStart(tokens, k, c) ? reader.before(tokens, k, c, paragraphStart) : null;
      if (!reading) return null;
      // Nothing of substance may follow the attribution ("…, Smith said on Friday." is fine).
      for (let i = cue.to; i < e; i++) if (tokens[i].start >= reading.source.end && tokens[i].kind === 'word' && CLAUSE_BREAK.has(tokens[i])) return null;
      return { reading, cue: cueRange(tokens, cue), from: 'tail', kind: cue.kind, comma };
    }
    // ", Rustem Umerov." after ", said the head of Kyiv's delegation": try the comma before.
  }
  return null;
}

/** tokens[k..c) can be a subject (with appositives) standing before a verb: no clause word. */
function isSubjectStart(tokens: Token[], k: number, c: number): boolean {
  let inAppositive = false;
  for (let i = k; i < c; i++) {
    const t = tokens[i];
    if (t.kind === 'punct' && (t.is(',') || t.is('(') || isDash(t))) inAppositive = true;
    if (!inAppositive && t.kind === 'word' && !t.cap && CLAUSE_BREAK.has(t)) return false;
  }
  return true;
}

/** The quote's content ends with . ! or ? (it ends its own sentence). */
function endsWithStop(text: string, quotes: Quotes, qi: number): boolean {
  for (let i = contentEnd(quotes, qi) - 1, start = contentStart(quotes, qi); i >= start; i--) {
    const c = text[i];
    if (c === ' ' || c === '\u2019' || c === "'") continue;
    return c === '.' || c === '!' || c === '?';
  }
  return false;
}

/**
 * A cue in the sentence before the quote: Umerov said: "…", X called it "…", X told reporters that
 * the plan was "…", according to X, "…". `end` is the quote's token (or the end of the stretch read).
 */
export function fromHead(reader: SourceReader, tokens: Token[], lo: number, end: number, paragraphStart: number, previousCueStart = -1): Found | null {
  // A cue set off right before the quote owns it, however the sentence began: "She said …, and
  // when pressed, the 34-year-old replied, "…"".
  const adjacent = adjacentCue(reader, tokens, lo, end, paragraphStart);
  if (adjacent) return adjacent;
  // News copy nests reports ("Flynn said Trump was "right" when he said …"): the outermost source,
  // the first cue of the sentence with a source, owns the quote.
  for (let c = Math.max(lo, end - MAX_SENTENCE); c < end; c++) {
    if (tokens[c].is('quoted') && tokens[c].kind === 'word') {
      // The newspaper quoted Marsh as saying "…"
      const quoted = quotedAsSaying(reader, tokens, c, paragraphStart, end);
      if (quoted) return { ...quoted, from: 'head' };
    }
    const cue = cueAt(tokens, c);
    if (!cue) continue;
    const reading = readHeadCue(reader, tokens, lo, end, c, cue, paragraphStart);
    if (!reading) continue;
    // The previous quote's own attribution, followed by a clause of its own ("…?" she said, but as
    // Trump went on about "…"), does not reach this quote.
    const range = cueRange(tokens, cue);
    if (previousCueStart >= 0 && previousCueStart === range.start && clauseBetween(tokens, Math.max(reading.source.end, range.end), end)) continue;
    return { reading, cue: range, from: 'head', kind: cue.kind };
  }
  // A bare colon or dash after a name: "Rubio: "…"", "Azucena González — "…"".
  const lastTok = tokens[end - 1];
  if (end - 1 > lo && lastTok.kind === 'punct' && (lastTok.is(':') || lastTok.is('\u2015') || lastTok.is('\u2014') || lastTok.is('\u2013'))) {
    let reading = reader.before(tokens, lo, end - 1, paragraphStart);
    // "Obama is rolling out a new campaign message: "…"": the quote is the sentence subject's.
    const s = wholeSentenceStart(tokens, end - 1);
    // "Union boss: "…"" — a descriptor that is all the sentence holds before the colon is who speaks.
    const wholeSubject = reading !== null && reading.source.start === tokens[s].start;
    if ((!reading || (reading.method === 'descriptor' && !wholeSubject)) && lastTok.is(':')) {
      // "The piece used one of her quotes as its headline: "…"": the article, the letter, the ad.
      const opening = DETERMINER.has(tokens[s]) && s + 1 < end - 1 && tokens[s + 1].kind === 'word' ? reader.classify(tokens, s, s + 1, paragraphStart) : null;
      reading = subjectOfSentence(reader, tokens, s, end - 1, paragraphStart) ?? opening ?? reading;
    }
    if (reading) return { reading, cue: { start: lastTok.start, end: lastTok.end }, from: 'head', kind: 'punctuation' };
  }
  return null;
}

/** A verb of saying and its comma or colon right before the quote at tokens[end] ("X replied, "…""). */
function adjacentCue(reader: SourceReader, tokens: Token[], lo: number, end: number, paragraphStart: number): Found | null {
  const mark = tokens[end - 1];
  if (end - 2 < lo || !mark || mark.kind !== 'punct' || (!mark.is(',') && !mark.is(':'))) return null;
  // The cue may carry words after its verb ("told reporters", "said in a statement"): look a few back.
  for (let c = end - 2; c >= lo && end - c <= 6; c--) {
    const cue = cueAt(tokens, c);
    if (!cue) continue;
    if (cue.to !== end - 1 || cue.kind !== 'verb') return null;
    const reading = reader.before(tokens, lo, c, paragraphStart);
    return reading ? { reading, cue: cueRange(tokens, cue), from: 'head', kind: cue.kind } : null;
  }
  return null;
}

/** A clause word (but, and, as, while …) between `offset` and tokens[end]. */
function clauseBetween(tokens: Token[], offset: number, end: number): boolean {
  for (let i = Math.max(tokenAt(tokens, offset), end - MAX_SENTENCE); i < end; i++) {
    if (tokens[i].kind === 'word' && !tokens[i].cap && CLAUSE_BREAK.has(tokens[i])) return true;
  }
  return false;
}

export function readHeadCue(reader: SourceReader, tokens: Token[], lo: number, end: number, c: number, cue: Cue, paragraphStart: number, floor = 0): SourceReading | null {
  if (cue.kind === 'according') return reader.after(tokens, cue.to, end, paragraphStart);
  let reading: SourceReading | null = null;
  const afterComma = precededByComma(tokens, c);
  // "footage of Trump saying "…"": a participle right after a name hangs on that name, not on the
  // sentence's subject.
  if (cue.kind === 'participle' && !afterComma) {
    const named = reader.nameRightBefore(tokens, lo, c, paragraphStart);
    if (named) return named;
  }
  if (cue.kind !== 'participle' || !afterComma) reading = reader.before(tokens, lo, c, paragraphStart);
  if (!reading && cue.kind !== 'participle' && onlyPunctuation(tokens, lo, c)) reading = reader.after(tokens, cue.to, end, paragraphStart);
  if (cue.kind === 'noun') return reader.possessor(tokens, lo, c);
  const coordinated = c > lo && tokens[c - 1].is('and');
  // A participle hangs on the sentence's subject ("the Council issued a statement calling it "…"");
  // so does a verb after "and" or a comma when nothing stands right before it.
  if ((!reading && (cue.kind === 'naming' || afterComma || coordinated)) || (cue.kind === 'participle' && (!reading || reading.method === 'descriptor'))) {
    const subject = subjectOfSentence(reader, tokens, Math.max(floor, wholeSentenceStart(tokens, c)), c, paragraphStart) ??
      (cue.kind === 'participle' ? subjectAfterOpening(reader, tokens, c, paragraphStart) : null);
    if (subject && (!reading || subject.method !== 'descriptor')) reading = subject;
  }
  return reading;
}

/** The paragraph before ends with a colon ("He added:"): read its last sentence as the quote's head. */
function fromColonBefore(reader: SourceReader, tokens: Token[], paragraphStart: number): Found | null {
  const n = tokens.length;
  if (n < 2 || tokens[n - 1].kind !== 'punct' || !tokens[n - 1].is(':')) return null;
  return fromHead(reader, tokens, sentenceStart(tokens, n - 1), n, paragraphStart);
}

/**
 * The quote opens its sentence and nothing after it names a source: the sentence before it in the
 * paragraph may ("Chaffetz said after the hearing. "…"").
 */
function fromSentenceBefore(reader: SourceReader, tokens: Token[], h: number, paragraphStart: number): Found | null {
  if (h === 0 || !endsSentence(tokens[h - 1])) return null;
  const s = sentenceStart(tokens, h - 1);
  if (s > 0 && tokens[s - 1].kind === 'quote') return null; // that sentence belongs to another quote
  return fromHead(reader, tokens, s, h - 1, paragraphStart);
}

/** The most tokens between the start of the sentence after a quote and its cue ("The mayor, Ellen Park, said"). */
const NEXT_SENTENCE_REACH = 12;

/**
 * A quote that is a sentence of its own, with nothing before it to attribute it, belongs to the
 * source of the sentence right after it when that sentence opens with a source and a verb of saying:
 * ""The schools will stay open." Park said the decision was final."
 */
function fromSentenceAfter(text: string, reader: SourceReader, tokens: Token[], opensSentence: boolean, t: number, quotes: Quotes, qi: number, paragraphStart: number): Found | null {
  if (!opensSentence || quotes.closed[qi] !== 1 || !endsWithStop(text, quotes, qi)) return null;
  const k = t + 1;
  if (k >= tokens.length || tokens[k].kind !== 'word' || !tokens[k].cap) return null;
  for (let c = k + 1; c < tokens.length && c - k <= NEXT_SENTENCE_REACH && !isBreak(tokens[c]); c++) {
    const cue = cueAt(tokens, c);
    if (!cue) continue;
    if (cue.kind !== 'verb' || !isSubjectStart(tokens, k, c)) return null;
    const reading = reader.before(tokens, k, c, paragraphStart);
    return reading ? { reading, cue: cueRange(tokens, cue), from: 'tail', kind: cue.kind } : null;
  }
  return null;
}

function onlyPunctuation(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (tokens[i].kind !== 'punct') return false;
  return true;
}

function precededByComma(tokens: Token[], c: number): boolean {
  return c > 0 && tokens[c - 1].kind === 'punct' && tokens[c - 1].is(',');
}

/** The subject a participle hangs on: the first name, pronoun or noun phrase of the sentence. */
export function subjectOfSentence(reader: SourceReader, tokens: Token[], s: number, limit: number, paragraphStart: number): SourceReading | null {
  // The nearest clause first: "…, I laughed and said", "…, the Security Council issued a statement calling".
  for (let i = limit - 1; i > s; i--) {
    if (tokens[i].kind !== 'punct' || !tokens[i].is(',')) continue;
    const subject = clauseSubject(reader, tokens, i + 1, limit, paragraphStart);
    if (subject) return subject;
    break;
  }
  let f = s;
  // "In a speech earlier in the day, Trump attacked …": the subject follows the opening phrase.
  if (s < limit && OPENING_PREPOSITIONS.has(tokens[s])) {
    for (let i = s + 1; i < limit && i - s < 25; i++) {
      if (tokens[i].kind === 'punct' && tokens[i].is(',')) {
        f = i + 1;
        break;
      }
    }
  }
  // Pass over openers: "But", "On Friday,", "In a statement,".
  while (f < limit) {
    const tok = tokens[f];
    if (tok.kind === 'word' && tok.is('it') && tokens[f + 1]?.kind === 'word') return reader.classify(tokens, f, f, paragraphStart);
    if (tok.kind === 'word' && (tok.is('it') || tok.is('there'))) return null;
    if (tok.kind === 'word' && tok.cap && SENTENCE_ADVERBS.has(tok)) {
      f++;
      continue;
    }
    if (tok.kind === 'word' && (PERSONAL_PRONOUN.has(tok) || (tok.cap && !NOT_TITLE_WORD.has(tok) && !CLAUSE_BREAK.has(tok)) || DETERMINER.has(tok))) break;
    f++;
  }
  if (f >= limit) return null;
  let g = f;
  const first = tokens[f];
  if (first.cap && !DETERMINER.has(first)) {
    // A name: "Russian President Vladimir Putin offered …"
    while (g + 1 < limit && tokens[g + 1].kind === 'word' && (tokens[g + 1].cap || NAME_PARTICLE.has(tokens[g + 1])) && !tokens[g].possessive) g++;
  } else if (DETERMINER.has(first)) {
    // "The Republican nominee", "a senior official": up to the head noun.
    for (let i = f + 1; i < limit && i - f <= 4 && tokens[i].kind === 'word'; i++) {
      if (ROLE_WORD.has(tokens[i]) || ANONYMOUS_NOUN.has(tokens[i])) {
        g = i;
        break;
      }
    }
    // "the Security Council": a capitalised name after the article.
    if (g === f && f + 1 < limit && tokens[f + 1].cap) {
      g = f + 1;
      while (g + 1 < limit && tokens[g + 1].kind === 'word' && tokens[g + 1].cap && !tokens[g].possessive) g++;
    }
    if (g === f) return null;
  }
  return reader.classify(tokens, f, g, paragraphStart);
}

/** A pronoun, a name or "the" + a capitalised name opening a clause at tokens[f]. */
function clauseSubject(reader: SourceReader, tokens: Token[], f: number, limit: number, paragraphStart: number): SourceReading | null {
  let t = tokens[f];
  if (!t || f >= limit || t.kind !== 'word') return null;
  if (PERSONAL_PRONOUN.has(t)) return reader.classify(tokens, f, f, paragraphStart);
  let start = f;
  if (t.is('the') && tokens[f + 1]?.cap) {
    start = f + 1;
    t = tokens[start];
  }
  if (!t.cap || NOT_TITLE_WORD.has(t) || CLAUSE_BREAK.has(t) || SENTENCE_ADVERBS.has(t)) return null;
  let g = start;
  while (g + 1 < limit && tokens[g + 1].kind === 'word' && (tokens[g + 1].cap || NAME_PARTICLE.has(tokens[g + 1])) && !tokens[g].possessive) g++;
  if (tokens[g].possessive || g + 1 >= limit) return null;
  return reader.classify(tokens, f, g, paragraphStart);
}

/**
 * "After saying her foot was "so swollen …," she was …": a participle in an opening phrase hangs on
 * the subject after that phrase's comma.
 */
function subjectAfterOpening(reader: SourceReader, tokens: Token[], c: number, paragraphStart: number): SourceReading | null {
  const s = wholeSentenceStart(tokens, c);
  if (c - s > 2 || !(c === s || OPENING_PREPOSITIONS.has(tokens[s]))) return null;
  for (let i = c + 1; i < tokens.length && i - c < 40 && !endsSentence(tokens[i]); i++) {
    // The phrase ends at a comma, or at a quote that carries the comma inside it (“… on,” she was).
    const ends = (tokens[i].kind === 'punct' && tokens[i].is(',')) || (tokens[i].kind === 'quote' && /,\s*[\u201d"]$/.test(reader.text.slice(tokens[i].start, tokens[i].end)));
    if (!ends) continue;
    const next = tokens[i + 1];
    if (!next || next.kind !== 'word') return null;
    if (PERSONAL_PRONOUN.has(next)) return reader.classify(tokens, i + 1, i + 1, paragraphStart);
    if (!next.cap) return null;
    let g = i + 1;
    while (g + 1 < tokens.length && tokens[g + 1].kind === 'word' && tokens[g + 1].cap) g++;
    return reader.classify(tokens, i + 1, g, paragraphStart);
  }
  return null;
}

/** Capitalised adverbs that open a sentence and are never its subject. */
const SENTENCE_ADVERBS = new TokenSet([
  'once', 'still', 'even', 'just', 'only', 'now', 'then', 'here', 'yet', 'instead', 'indeed', 'finally',
  'later', 'earlier', 'today', 'yesterday', 'recently', 'again', 'first', 'last', 'meanwhile', 'also',
  'however', 'moreover', 'nonetheless', 'nevertheless', 'separately', 'similarly', 'likewise', 'already',
]);
