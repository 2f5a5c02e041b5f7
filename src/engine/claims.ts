// Checkable claims: sentences outside quotes that state something a reader could verify, each with
// its source. Reported statements ("Zelenskiy said that …", "…, a White House official said.",
// "according to Statistics Canada, …", "…, saying the onus was on Kyiv") are attributed or anonymous;
// a link, footnote or <!-- verified: … --> marker makes a claim verified; the rest are unattributed.
import { cueRange, finalAttribution, readHeadCue, type Found } from './attribution';
import { cueAt } from './attribution/cue';
import { People } from './attribution/people';
import { SourceReader, type SourceReading } from './attribution/source';
import { endsSentence, giveBackTokenBuffer, takeTokenBuffer, tokenAt, type TokenBuffer, type Token } from './attribution/tokens';
import { hasWords, namesOrCounts } from './claims/characters';
import { NearSearch } from './claims/count-near';
import { holdsCueWord } from './claims/cue-words';
import { creditsAt, creditsIn, datelineAt, datelineIn } from './text/openers';
import { findHedge } from './claims/hedges';
import { Verification } from './claims/verified';
import type { AnalysisContext } from './context';
import { tally } from './instrument';
import { ClaimColumns } from './claims/columns';
import { contentStart, isAnonymous, isScare } from './quotes/columns';
import type { Claim, Claims, Quotes, Range } from './types';

/** A leading attribution's cue must come early in the sentence ("Rubio told reporters that …"). */
const LEADING_REACH = 25;
/** Fewer words than this outside quotes and the attribution: nothing left to check. */
const MIN_CLAIM_WORDS = 4;

/** What the reading of one analysis's claims carries from sentence to sentence. */
interface Pass {
  ctx: AnalysisContext;
  /** Where each mention starts, in order: searched once or twice per sentence, so kept apart from the mentions. */
  mentionStarts: Int32Array;
  /** Sentences ask in text order whether a mention starts in them: each search starts where the last ended. */
  mentionSearch: NearSearch;
  reader: SourceReader;
  sentenceTokens: TokenBuffer;
  /** The sentence being read, refilled for each: a claim's range while it is written into the columns. */
  sentence: Range;
  /** Whether a sentence is verified, asked in text order. */
  verification: Verification;
}

/** The claims while they are found (see ClaimColumns). */
const found = new ClaimColumns();

export function findClaims(ctx: AnalysisContext): Claims {
  const claims = found;
  claims.clear(); // should an earlier reading have thrown before handing its columns out
  // Attribution's people are taken, not shared: a second reading of the same context starts afresh.
  const people = ctx.people ?? peopleOfQuotes(ctx);
  ctx.people = undefined;
  people.newPass();
  // Attribution's reader, when it read over these people: its mention offsets are made already.
  const reader = ctx.reader !== undefined && ctx.reader.people === people ? ctx.reader : new SourceReader(ctx, people);
  ctx.reader = undefined;
  const pass: Pass = { ctx, mentionStarts: reader.startsInOrder, mentionSearch: new NearSearch(), reader, sentenceTokens: takeTokenBuffer(), sentence: { start: 0, end: 0 }, verification: new Verification(ctx) };
  const quotes = ctx.quotes;
  let qi = 0;
  let work = 0; // sentences, their characters and the tokens read, for the scaling tests
  const cueMarks = ctx.cueMarks?.complete ? ctx.cueMarks : null;

  const { starts, ends, paragraphs } = ctx.sentences;
  const blocks = ctx.prose.paragraphs.blocks;
  const sentence = pass.sentence;
  for (let s = 0; s < ctx.sentences.length; s++) {
    work++;
    const p = paragraphs[s]!;
    if (p >= blocks.length || blocks[p] === 'heading') continue;
    const start = starts[s]!;
    const end = ends[s]!;
    sentence.start = start;
    sentence.end = end;
    while (qi < quotes.length && quotes.ends[qi]! <= start) qi++;
    if (insideQuote(quotes, qi, sentence)) continue;
    work += end - start;
    if (cueMarks ? !cueMarks.holdsAny(start, end) : !holdsCueWord(ctx.text, start, end)) {
      // No cue and no hedge: at most an unattributed (or verified) claim.
      const status = plainClaim(pass, qi, sentence);
      if (status !== null) claims.pushPlain(start, end, status);
      continue;
    }
    // A credits line is no claim whatever its words say: nothing to tokenize.
    if (creditsIn(ctx.text, start, end)) continue;
    // Only this sentence is read: its tokens, quotes included as single tokens.
    const tokens = pass.sentenceTokens.read(ctx.text, ctx.prose, p, quotes, qi, sentence);
    work += tokens.length;
    if (tokens.length === 0) continue;
    const claim = readClaim(pass, tokens, 0, tokens.length, sentence, p);
    if (!claim) continue;
    if (claim.speaker && claim.method !== 'anonymous') people.record(claim.range.start, claim.speaker);
    claims.push(claim);
  }
  giveBackTokenBuffer(pass.sentenceTokens);
  tally('claims', work);
  return claims.take();
}

/** The people of the document and the speakers of its quotes, as attribution records them. */
function peopleOfQuotes(ctx: AnalysisContext): People {
  const people = new People(ctx);
  const quotes = ctx.quotes;
  for (let i = 0; i < quotes.length; i++) {
    const speaker = quotes.speakers[i];
    if (speaker && !isAnonymous(quotes, i)) people.record(quotes.starts[i]!, speaker);
  }
  return people;
}

function readClaim(pass: Pass, tokens: Token[], a: number, b: number, sentence: Range, p: number): Claim | null {
  const { ctx, reader } = pass;
  const paragraphStart = ctx.prose.paragraphs.starts[p]!;
  const { start: from, end: to } = sentence;
  if (isQuestion(tokens, a, b)) return null;
  const dateline = datelineIn(ctx.text, from, to);
  const start = dateline > 0 ? tokenAt(tokens, from + dateline) : a;
  if (start >= b) return null;
  // Fewer words in the whole sentence leave fewer in any part of it: no need to read the attribution.
  const sentenceWordCount = countWords(tokens, start, b);
  if (sentenceWordCount < MIN_CLAIM_WORDS) return null;

  // The attribution closing the sentence first: "…, said the head of Kyiv's delegation, Rustem Umerov."
  const read = trailing(reader, tokens, start, b, paragraphStart) ?? leading(reader, tokens, start, b, paragraphStart);
  // A hedge ("reportedly", "allegedly") passes on a claim about the world whatever it names; a cue
  // inside one is the hedge's own word, not an attribution ("Unconfirmed reports of shelling …").
  const hedge = findHedge(tokens, start, b);
  const found = read && hedge && read.cue.start < hedge.end && hedge.start < read.cue.end ? null : read;
  const content = found ? contentOf(tokens, start, b, found) : null;

  // What is left to check outside quotes and the attribution.
  const words = content ? countWords(tokens, tokenAt(tokens, content.start), tokenAt(tokens, content.end)) : sentenceWordCount;
  if (words < MIN_CLAIM_WORDS) return null;
  // A sentence that carries a quote with its speaker is the quote's business, unless it also
  // reports something in the writer's words ("X said that the plan was "dead on arrival"").
  if (!found && hasSpokenQuote(ctx.quotes, tokens, start, b)) return null;
  if (!found && !hedge && !isCheckable(pass, tokens, start, b)) return null;

  const verified = pass.verification.isVerified(sentence);
  const reading: SourceReading | null = found ? found.reading : null;
  return {
    range: sentence,
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

/**
 * The claim of a sentence with no cue or hedge in it, read from its characters alone: its status
 * (unattributed or verified), or null when the sentence is no claim.
 */
function plainClaim(pass: Pass, qi: number, sentence: Range): 'unattributed' | 'verified' | null {
  const { ctx } = pass;
  const { text, quotes } = ctx;
  let { start } = sentence;
  const { end } = sentence;
  if (creditsAt(text, start)) return null;
  start += datelineAt(text, start, end);
  // A question: the last character that is not a closing mark or space.
  for (let i = end - 1; i >= start; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x29 || c === 0x22 || c === 0x201d || c === 0x0a || c === 0x0d) continue;
    if (c === 0x3f) return null;
    break;
  }
  for (let i = qi; i < quotes.length && quotes.starts[i]! < end; i++) {
    if (!isScare(quotes, i) && quotes.ends[i]! > start) return null; // the quote's business
  }
  if (!hasWords(text, start, end, MIN_CLAIM_WORDS)) return null;
  if (!hasMention(pass, start, end) && !namesOrCounts(text, start, end)) return null;
  return pass.verification.isVerified(sentence) ? 'verified' : 'unattributed';
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
  while (end > a && tokens[end - 1].kind === 'punct' && !tokens[end - 1].is(')') ) end--;
  if (found.from === 'tail' && found.comma !== undefined) {
    return found.comma > a ? { start: tokens[a].start, end: tokens[found.comma - 1].end } : null;
  }
  let from = found.comma ?? a;
  if (found.kind === 'according') {
    // "According to X, …": the statement follows the comma after the source.
    from = tokenAt(tokens, found.reading.source.end);
    if (tokens[from]?.is(',') === true) from++;
  } else {
    for (let i = from; i < end && i - from < 8; i++) {
      // Kind and length first: most tokens are ruled out without their lower-case text.
      if (tokens[i].kind === 'word' && tokens[i].end - tokens[i].start === 4 && tokens[i].is('that')) {
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

function insideQuote(quotes: Quotes, from: number, r: Range): boolean {
  for (let i = from; i < quotes.length && quotes.starts[i]! < r.end; i++) {
    if (!isScare(quotes, i) && contentStart(quotes, i) <= r.start && r.end <= quotes.ends[i]!) return true;
  }
  return false;
}

/** A quote token in the stretch that is not a scare quote. */
function hasSpokenQuote(quotes: Quotes, tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (tokens[i].kind === 'quote' && !isScare(quotes, tokens[i].quote)) return true;
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
    if (t.kind === 'punct' && (t.is(')') || t.is('"') || t.is('\u201d'))) continue;
    return t.kind === 'punct' && t.is('?');
  }
  return false;
}

/** Names a person, place or organization (a mention or a capitalised word past the first), or a number. */
function isCheckable(pass: Pass, tokens: Token[], a: number, b: number): boolean {
  const text = pass.ctx.text;
  if (hasMention(pass, tokens[a].start, tokens[b - 1].end)) return true;
  for (let i = a; i < b; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    // A word's lower-case text starts where the word does, and only a digit lower-cases to a digit.
    const first = text.charCodeAt(t.start);
    if (first >= 0x30 && first <= 0x39) return true; // a number
    if (t.cap && i > a && !t.is('i') && !endsSentence(tokens[i - 1])) return true;
  }
  return false;
}

/** Whether a mention starts in [from, to). */
function hasMention(pass: Pass, from: number, to: number): boolean {
  return pass.mentionSearch.holdsValueIn(pass.mentionStarts, pass.mentionStarts.length, from, to);
}
