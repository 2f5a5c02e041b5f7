// Checkable claims: sentences outside quotes that state something a reader could verify, each with
// its source. Reported statements ("Zelenskiy said that …", "…, a White House official said.",
// "according to Statistics Canada, …", "…, saying the onus was on Kyiv") are attributed or anonymous;
// a link, footnote or <!-- verified: … --> marker makes a claim verified; the rest are unattributed.
import { cueRange, finalAttribution, readHeadCue, type Found } from './attribution';
import { cueAt } from './attribution/cue';
import { People } from './attribution/people';
import { SourceReader, type SourceReading } from './attribution/source';
import { endsSentence, tokenAt, tokenizeParagraph, type Token } from './attribution/tokens';
import type { AnalysisContext } from './context';
import { tally } from './instrument';
import type { Claim, Quote, Range, Sentence } from './types';
import { PARTICIPLE_CUES, SPEECH_VERBS } from './vocabulary/cues';
import { HEDGES } from './vocabulary/hedges';

/** A leading attribution's cue must come early in the sentence ("Rubio told reporters that …"). */
const LEADING_REACH = 25;
/** Fewer words than this outside quotes and the attribution: nothing left to check. */
const MIN_CLAIM_WORDS = 4;

const CREDITS = /^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled|research)\s+by\b/i;
/** "KYIV, Dec 19 (Reuters) - ": a wire dateline opening the first sentence. */
const DATELINE = /^[A-Z][A-Z.'\- ]{1,40},(?: [A-Z][a-z]{2,8}\.? \d{1,2},?)?(?: \d{4})? ?(?:\([A-Za-z. ]{1,30}\))? ?[-\u2013\u2014] ?/;

function longestWord(words: string[]): string {
  return words.reduce((a, b) => (b.length > a.length ? b : a));
}

/**
 * Every word that can make a sentence a reported statement or a hedged claim, as one pattern run once
 * over the text: sentences with none of them are read by a cheap character scan, without tokens.
 */
const HEDGE_WORDS = HEDGES.map(longestWord);
const CUE_WORDS = new RegExp(
  `\\b${trieSource([...new Set([...SPEECH_VERBS, ...PARTICIPLE_CUES, 'according', 'According', 'put', ...HEDGE_WORDS, ...HEDGE_WORDS.map(capitalize)])])}\\b`,
  'g', // case-sensitive on purpose: cues are lower-case (cueAt ignores capitalised ones but "According")
);

/**
 * A pattern matching exactly these words, shaped as a trie ("sa(?:id|ys|y)") so the engine reads
 * each letter once instead of trying every word in turn. Words from the vocabulary are escaped.
 */
function trieSource(words: string[]): string {
  interface Node { end: boolean; next: Map<string, Node> }
  const root: Node = { end: false, next: new Map() };
  for (const w of words) {
    let n = root;
    for (const ch of w) {
      let child = n.next.get(ch);
      if (!child) n.next.set(ch, (child = { end: false, next: new Map() }));
      n = child;
    }
    n.end = true;
  }
  const emit = (n: Node): string => {
    const branches = [...n.next].map(([ch, child]) => ch.replace(/[.*+?^${}()|[\]\\\-]/g, '\\$&') + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
    return n.end ? `(?:${body})?` : body;
  };
  return emit(root);
}

function capitalize(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** At least MIN_CLAIM_WORDS (4) words. Anchored, with disjoint classes: one linear pass. */
const FOUR_WORDS = /^[^0-9A-Za-z\u00c0-\u024f]*(?:[0-9A-Za-z\u00c0-\u024f]+[^0-9A-Za-z\u00c0-\u024f]+){3}[0-9A-Za-z\u00c0-\u024f]/;
/**
 * A number, or a capitalised word past the first that does not open a sentence (and is not "I"). The
 * first class shares no character with the run after it, so no run is read twice.
 */
const CHECKABLE = /[0-9]|[^\s.!?"\u201c(][\s"\u201c(]+(?!I\b)[A-Z\u00c0-\u00de]/;

/** The same patterns, anchored where the sentence starts in the whole text. */
const CREDITS_AT = new RegExp(CREDITS.source.replace(/^\^/, ''), 'iy');
const DATELINE_AT = new RegExp(DATELINE.source.replace(/^\^/, ''), 'y');

export function findClaims(ctx: AnalysisContext): Claim[] {
  const claims: Claim[] = [];
  const people = new People(ctx);
  for (const q of ctx.quotes) if (q.speaker && q.method !== 'anonymous') people.record(q.range.start, q.speaker);
  people.newPass();
  const reader = new SourceReader(ctx, people);
  const quotes = ctx.quotes;
  let qi = 0;
  const hits: number[] = [];
  CUE_WORDS.lastIndex = 0;
  for (const m of ctx.text.matchAll(CUE_WORDS)) hits.push(m.index);
  let work = hits.length; // cue hits, sentences and tokens read, for the scaling tests
  let hi = 0;

  for (const sentence of ctx.sentences) {
    work++;
    const para = ctx.prose.paragraphs[sentence.paragraph];
    if (!para || para.block === 'heading') continue;
    while (qi < quotes.length && quotes[qi].range.end <= sentence.range.start) qi++;
    if (insideQuote(quotes, qi, sentence.range)) continue;
    while (hi < hits.length && hits[hi] < sentence.range.start) hi++;
    if (hi >= hits.length || hits[hi] >= sentence.range.end) {
      // No cue and no hedge: at most an unattributed (or verified) claim.
      const plain = plainClaim(ctx, quotes, qi, sentence);
      if (plain) claims.push(plain);
      continue;
    }
    // Only this sentence is read: its tokens, quotes included as single tokens.
    const tokens = tokenizeParagraph(ctx.text, para, quotes, qi, sentence.range);
    work += tokens.length;
    const a = 0;
    const b = tokens.length;
    if (a >= b) continue;
    const claim = readClaim(ctx, reader, tokens, a, b, sentence, para.range.start);
    if (!claim) continue;
    if (claim.speaker && claim.method !== 'anonymous') people.record(claim.range.start, claim.speaker);
    claims.push(claim);
  }
  tally('claims', work);
  return claims;
}

function readClaim(ctx: AnalysisContext, reader: SourceReader, tokens: Token[], a: number, b: number, sentence: Sentence, paragraphStart: number): Claim | null {
  const text = ctx.text;
  const sentenceText = text.slice(sentence.range.start, sentence.range.end);
  if (CREDITS.test(sentenceText)) return null;
  if (isQuestion(tokens, a, b)) return null;
  const dateline = DATELINE.exec(sentenceText);
  const start = dateline ? tokenAt(tokens, sentence.range.start + dateline[0].length) : a;
  if (start >= b) return null;

  // The attribution closing the sentence first: "…, said the head of Kyiv's delegation, Rustem Umerov."
  const found = trailing(reader, tokens, start, b, paragraphStart) ?? leading(reader, tokens, start, b, paragraphStart);
  const content = found ? contentOf(tokens, start, b, found) : null;

  // What is left to check outside quotes and the attribution.
  const words = countWords(tokens, content ? tokenAt(tokens, content.start) : start, content ? tokenAt(tokens, content.end) : b);
  if (words < MIN_CLAIM_WORDS) return null;
  // A sentence that carries a quote with its speaker is the quote's business, unless it also
  // reports something in the writer's words ("X said that the plan was "dead on arrival"").
  if (!found && hasSpokenQuote(ctx.quotes, tokens, start, b)) return null;
  // A hedge ("reportedly", "allegedly") passes on a claim about the world whatever it names.
  const hedge = findHedge(tokens, start, b);
  if (!found && !hedge && !isCheckable(ctx, tokens, start, b)) return null;

  const verified = isVerified(ctx, sentence.range);
  const reading: SourceReading | null = found ? found.reading : null;
  return {
    range: sentence.range,
    content,
    status: verified ? 'verified' : reading ? (reading.method === 'anonymous' ? 'anonymous' : 'attributed') : 'unattributed',
    hedged: hedge !== null,
    hedge,
    speaker: reading ? reading.speaker : null,
    source: reading ? reading.source : null,
    cue: found ? found.cue : null,
    method: reading ? reading.method : 'none',
  };
}

/** The claim of a sentence with no cue or hedge in it, read from its characters alone. */
function plainClaim(ctx: AnalysisContext, quotes: Quote[], qi: number, sentence: Sentence): Claim | null {
  const text = ctx.text;
  let { start } = sentence.range;
  const { end } = sentence.range;
  CREDITS_AT.lastIndex = start;
  if (CREDITS_AT.test(text)) return null;
  DATELINE_AT.lastIndex = start;
  const dateline = DATELINE_AT.exec(text);
  if (dateline && dateline.index + dateline[0].length <= end) start += dateline[0].length;
  // A question: the last character that is not a closing mark or space.
  for (let i = end - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x29 || c === 0x22 || c === 0x201d || c === 0x0a || c === 0x0d) continue;
    if (c === 0x3f) return null;
    break;
  }
  for (let i = qi; i < quotes.length && quotes[i].range.start < end; i++) {
    if (!quotes[i].scare && quotes[i].range.end > start) return null; // the quote's business
  }
  const body = text.slice(start, end);
  if (!FOUR_WORDS.test(body)) return null;
  if (!hasMention(ctx, start, end) && !CHECKABLE.test(body)) return null;
  return {
    range: sentence.range,
    content: null,
    status: isVerified(ctx, sentence.range) ? 'verified' : 'unattributed',
    hedged: false,
    hedge: null,
    speaker: null,
    source: null,
    cue: null,
    method: 'none',
  };
}

/** "Zelenskiy said that …", "According to X, …", "Putin offered no compromise, saying …". */
function leading(reader: SourceReader, tokens: Token[], a: number, b: number, paragraphStart: number): Found | null {
  for (let c = a; c < b && c - a <= LEADING_REACH; c++) {
    if (tokens[c].kind === 'quote') return null; // the sentence's quote owns what follows
    const cue = cueAt(tokens, c);
    if (!cue || cue.kind === 'noun') continue;
    if (cue.kind === 'naming') continue; // "called it X" introduces a phrase, not a statement
    const reading = readHeadCue(reader, tokens, a, b, c, cue, paragraphStart, a);
    if (!reading) continue;
    return { reading, cue: cueRange(tokens, cue), from: 'head', kind: cue.kind, comma: cue.to };
  }
  // A participle later in the sentence: "…, saying the onus was on Ukraine".
  for (let c = a + LEADING_REACH + 1; c < b; c++) {
    const cue = cueAt(tokens, c);
    if (!cue || cue.kind !== 'participle') continue;
    const reading = readHeadCue(reader, tokens, a, b, c, cue, paragraphStart, a);
    if (reading) return { reading, cue: cueRange(tokens, cue), from: 'head', kind: cue.kind, comma: cue.to };
  }
  return null;
}

/** "…, a White House official said." */
function trailing(reader: SourceReader, tokens: Token[], a: number, b: number, paragraphStart: number): Found | null {
  return finalAttribution(reader, tokens, a, paragraphStart, b);
}

/**
 * The reported part: after a leading cue (from "that" when it follows soon: "said on Telegram that
 * …"), or before a trailing attribution's comma, or after "According to X,".
 */
function contentOf(tokens: Token[], a: number, b: number, found: Found): Range | null {
  let end = b;
  while (end > a && tokens[end - 1].kind === 'punct' && tokens[end - 1].lower !== ')' ) end--;
  if (found.from === 'tail' && found.comma !== undefined) {
    return found.comma > a ? { start: tokens[a].start, end: tokens[found.comma - 1].end } : null;
  }
  let from = found.comma ?? a;
  if (found.kind === 'according') {
    // "According to X, …": the statement follows the comma after the source.
    from = tokenAt(tokens, found.reading.source.end);
    if (tokens[from]?.lower === ',') from++;
  } else {
    for (let i = from; i < end && i - from < 8; i++) {
      if (tokens[i].lower === 'that' && tokens[i].kind === 'word') {
        from = i;
        break;
      }
    }
    // The source may stand after the cue ("said Umerov that …" is rare, "told Reuters that" is not).
    if (tokens[from] && tokens[from].start < found.reading.source.end && found.reading.source.start >= found.cue.end) {
      from = tokenAt(tokens, found.reading.source.end);
    }
  }
  while (from < end && tokens[from].kind === 'punct') from++;
  if (from >= end) return null;
  return { start: tokens[from].start, end: tokens[end - 1].end };
}

function insideQuote(quotes: Quote[], from: number, r: Range): boolean {
  for (let i = from; i < quotes.length && quotes[i].range.start < r.end; i++) {
    const q = quotes[i];
    if (!q.scare && q.content.start <= r.start && r.end <= q.range.end) return true;
  }
  return false;
}

/** A quote token in the stretch that is not a scare quote. */
function hasSpokenQuote(quotes: Quote[], tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (tokens[i].kind === 'quote' && !quotes[tokens[i].quote].scare) return true;
  return false;
}

function countWords(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (tokens[i].kind === 'word') n++;
  return n;
}

function isQuestion(tokens: Token[], a: number, b: number): boolean {
  for (let i = b - 1; i >= a; i--) {
    const t = tokens[i];
    if (t.kind === 'punct' && (t.lower === ')' || t.lower === '"' || t.lower === '\u201d')) continue;
    return t.kind === 'punct' && t.lower === '?';
  }
  return false;
}

/** Names a person, place or organization (a mention or a capitalised word past the first), or a number. */
function isCheckable(ctx: AnalysisContext, tokens: Token[], a: number, b: number): boolean {
  const from = tokens[a].start;
  const to = tokens[b - 1].end;
  if (hasMention(ctx, from, to)) return true;
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const first = t.lower.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39) return true; // a number
    if (t.cap && i > a && t.lower !== 'i' && !endsSentence(tokens[i - 1])) return true;
  }
  return false;
}

function hasMention(ctx: AnalysisContext, from: number, to: number): boolean {
  const ms = ctx.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid].range.start < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < ms.length && ms[lo].range.start < to;
}

/** Hedges by their first word, so each token is looked up once. */
const HEDGES_BY_FIRST = new Map<string, string[][]>();
for (const hedge of HEDGES) {
  const list = HEDGES_BY_FIRST.get(hedge[0]) ?? [];
  list.push(hedge);
  HEDGES_BY_FIRST.set(hedge[0], list);
}

function findHedge(tokens: Token[], a: number, b: number): Range | null {
  for (let i = a; i < b; i++) {
    if (tokens[i].kind !== 'word') continue;
    const candidates = HEDGES_BY_FIRST.get(tokens[i].lower);
    if (candidates === undefined) continue; // most words: no list, and no empty one made for them
    for (const hedge of candidates) {
      let ok = true;
      for (let k = 1; k < hedge.length && ok; k++) ok = i + k < b && tokens[i + k].lower === hedge[k];
      if (ok) return { start: tokens[i].start, end: tokens[i + hedge.length - 1].end };
    }
  }
  return null;
}

/** A citation inside the sentence, or a verified marker inside it or right after it. */
function isVerified(ctx: AnalysisContext, r: Range): boolean {
  const citations = ctx.prose.citations;
  for (let i = firstAtOrAfter(citations, r.start, (c) => c.start); i < citations.length && citations[i].start <= r.end + 3; i++) {
    const c = citations[i];
    if (c.start < r.end) return true;
    // "… on Monday.[^1]": a footnote or link right after the sentence.
    if (ctx.text.slice(r.end, c.start).trim().replace(/^\[/, '') === '') return true;
  }
  const comments = ctx.prose.comments;
  for (let i = firstAtOrAfter(comments, r.start, (m) => m.range.start); i < comments.length; i++) {
    const m = ctx.prose.comments[i];
    if (m.kind !== 'verified') {
      if (m.range.start > r.end) break;
      continue;
    }
    if (m.range.start <= r.end + 1) return true;
    return ctx.text.slice(r.end, m.range.start).trim() === '';
  }
  return false;
}

/** The first item (sorted by start) that starts at or after `offset`: a binary search, no copy. */
function firstAtOrAfter<T>(items: readonly T[], offset: number, startOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (startOf(items[mid]) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
