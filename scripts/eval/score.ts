// Scoring of SPEC §9: direct quotes, speakers and every attribution, over one article or many.
// Pure functions over text, gold relations and the engine's analysis.
import { claimList } from '../../src/engine/claims/columns';
import { quoteList } from '../../src/engine/quotes/columns';
import type { Analysis, Range } from '../../src/engine/types';
import type { GoldAttribution } from './brat';

export interface GoldQuote {
  range: Range;
  /** The gold relation whose Content holds the quote. */
  relation: GoldAttribution;
}

/** What the scorer needs of a predicted quote. */
export interface PredictedQuote {
  range: Range;
  source: Range | null;
  speakerName: string | null;
}

export interface Counts {
  gold: number;
  predicted: number;
  matched: number;
  /** Unmatched predictions at least half inside a gold Content: neither right nor wrong. */
  neutral: number;
}

export interface ArticleScore {
  quotes: Counts;
  speakers: { found: number; right: number };
  attributions: Counts;
  /** Details for --verbose. */
  missedQuotes: GoldQuote[];
  spuriousQuotes: PredictedQuote[];
  wrongSpeakers: { gold: GoldQuote; predicted: PredictedQuote }[];
  missedAttributions: GoldAttribution[];
  spuriousAttributions: Range[];
}

export interface Metrics {
  precision: number;
  recall: number;
  f1: number;
}

const STRAIGHT = '"';
const OPEN_CURLY = '\u201c';
const CLOSE_CURLY = '\u201d';

/** Gold quotes: each span from an opening to a closing double mark inside a Content fragment. */
export function goldQuotes(text: string, gold: GoldAttribution[]): GoldQuote[] {
  const out: GoldQuote[] = [];
  for (const relation of gold) {
    for (const frag of relation.content) {
      let open = -1;
      let nested = 0;
      for (let i = frag.start; i < frag.end && i < text.length; i++) {
        const c = text[i];
        if (c !== STRAIGHT && c !== OPEN_CURLY && c !== CLOSE_CURLY) continue;
        const prev = i > frag.start ? text[i - 1] : '';
        const next = i + 1 < frag.end ? text[i + 1] : '';
        if (/\d/.test(prev) && open < 0) continue; // inch mark
        if (open < 0) {
          const closing = c === CLOSE_CURLY || (c === STRAIGHT && prev !== '' && !/[\s([{\u2014\u2013'\u2018]/.test(prev) && (next === '' || /[\s,.;:!?)\]}\u2014\u2013]/.test(next)));
          if (!closing) open = i;
          continue;
        }
        if (prev === '\n' || prev === '\r') continue; // a later paragraph of the same quote
        if (c === OPEN_CURLY) {
          nested++;
          continue;
        }
        if (c === CLOSE_CURLY && nested > 0) {
          nested--;
          continue;
        }
        out.push({ range: { start: open, end: i + 1 }, relation });
        open = -1;
        nested = 0;
      }
      if (open >= 0) out.push({ range: { start: open, end: frag.end }, relation });
    }
  }
  return out.sort((a, b) => a.range.start - b.range.start);
}

/** The engine's quotes as the scorer sees them: scare quotes are not predictions. */
export function predictedQuotes(text: string, analysis: Pick<Analysis, 'quotes'>): PredictedQuote[] {
  return quoteList(analysis.quotes)
    .filter((q) => !q.scare)
    .map((q) => ({
      range: q.range,
      source: q.source,
      speakerName: q.speaker ? q.speaker.name : q.source ? text.slice(q.source.start, q.source.end) : null,
    }));
}

/** Every attribution the engine predicts: quotes (their content) and attributed or anonymous claims. */
export function predictedAttributions(analysis: Pick<Analysis, 'quotes' | 'claims'>): Range[] {
  const out: Range[] = quoteList(analysis.quotes).filter((q) => !q.scare).map((q) => q.content);
  for (const c of claimList(analysis.claims)) {
    if (c.status === 'attributed' || c.status === 'anonymous') out.push(c.content ?? c.range);
  }
  return out.sort((a, b) => a.start - b.start);
}

export function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

function overlapAll(a: Range, fragments: Range[]): number {
  let sum = 0;
  for (const f of fragments) sum += overlap(a, f);
  return sum;
}

function length(fragments: Range[]): number {
  let sum = 0;
  for (const f of fragments) sum += f.end - f.start;
  return sum;
}

/**
 * Greedy matching in gold order: each gold item takes the unused prediction covering the largest
 * share of it, when that share reaches `threshold` (inclusive) or passes it (`strict`).
 * Returns, per gold item, the index of its prediction or -1.
 */
export function matchInOrder(gold: Range[][], predicted: Range[], threshold: number, strict: boolean): number[] {
  const used = new Uint8Array(predicted.length);
  return gold.map((fragments) => {
    const total = length(fragments);
    if (total === 0) return -1;
    let best = -1;
    let bestShare = 0;
    for (let j = 0; j < predicted.length; j++) {
      if (used[j]) continue;
      const share = overlapAll(predicted[j], fragments) / total;
      if (share > bestShare) {
        bestShare = share;
        best = j;
      }
    }
    const ok = best >= 0 && (strict ? bestShare > threshold : bestShare >= threshold);
    if (!ok) return -1;
    used[best] = 1;
    return best;
  });
}

/** Unmatched predictions lying at least half inside one gold Content count neither way. */
function countNeutral(predicted: Range[], matched: Set<number>, gold: GoldAttribution[]): number[] {
  const neutral: number[] = [];
  predicted.forEach((p, j) => {
    if (matched.has(j)) return;
    const len = p.end - p.start;
    if (len > 0 && gold.some((g) => overlapAll(p, g.content) * 2 >= len)) neutral.push(j);
  });
  return neutral;
}

function lastWord(s: string): string {
  const words = s.toLowerCase().replace(/['\u2019]s\b/g, '').match(/[\p{L}\p{N}]+/gu);
  return words ? words[words.length - 1] : '';
}

function containsWord(haystack: string, word: string): boolean {
  if (!word) return false;
  const words: string[] = haystack.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.includes(word);
}

/** Speaker rule of SPEC §9. */
export function speakerIsRight(text: string, gold: GoldAttribution, predicted: PredictedQuote): boolean {
  if (gold.source.length === 0) return predicted.speakerName === null;
  if (predicted.source && gold.source.some((s) => overlap(s, predicted.source!) > 0)) return true;
  const goldLast = lastWord(gold.source.map((s) => text.slice(s.start, s.end)).join(' '));
  return predicted.speakerName !== null && containsWord(predicted.speakerName, goldLast);
}

export function scoreArticle(text: string, gold: GoldAttribution[], analysis: Pick<Analysis, 'quotes' | 'claims'>): ArticleScore {
  // Direct quotes.
  const gq = goldQuotes(text, gold);
  const pq = predictedQuotes(text, analysis);
  const qMatch = matchInOrder(gq.map((g) => [g.range]), pq.map((p) => p.range), 0.5, false);
  const qMatched = new Set(qMatch.filter((j) => j >= 0));
  const qNeutral = countNeutral(pq.map((p) => p.range), qMatched, gold);
  const qNeutralSet = new Set(qNeutral);

  let right = 0;
  const wrongSpeakers: ArticleScore['wrongSpeakers'] = [];
  qMatch.forEach((j, i) => {
    if (j < 0) return;
    if (speakerIsRight(text, gq[i].relation, pq[j])) right++;
    else wrongSpeakers.push({ gold: gq[i], predicted: pq[j] });
  });

  // Every attribution.
  const pa = predictedAttributions(analysis);
  const aMatch = matchInOrder(gold.map((g) => g.content), pa, 0.3, true);
  const aMatched = new Set(aMatch.filter((j) => j >= 0));
  const aNeutral = countNeutral(pa, aMatched, gold);
  const aNeutralSet = new Set(aNeutral);

  return {
    quotes: { gold: gq.length, predicted: pq.length, matched: qMatched.size, neutral: qNeutral.length },
    speakers: { found: qMatched.size, right },
    attributions: { gold: gold.length, predicted: pa.length, matched: aMatched.size, neutral: aNeutral.length },
    missedQuotes: gq.filter((_, i) => qMatch[i] < 0),
    spuriousQuotes: pq.filter((_, j) => !qMatched.has(j) && !qNeutralSet.has(j)),
    wrongSpeakers,
    missedAttributions: gold.filter((_, i) => aMatch[i] < 0),
    spuriousAttributions: pa.filter((_, j) => !aMatched.has(j) && !aNeutralSet.has(j)),
  };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { gold: a.gold + b.gold, predicted: a.predicted + b.predicted, matched: a.matched + b.matched, neutral: a.neutral + b.neutral };
}

export function metrics(c: Counts): Metrics {
  const counted = c.predicted - c.neutral;
  const precision = counted > 0 ? c.matched / counted : 1;
  const recall = c.gold > 0 ? c.matched / c.gold : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

export interface Totals {
  quotes: Counts;
  speakers: { found: number; right: number };
  attributions: Counts;
}

export function sumScores(scores: ArticleScore[]): Totals {
  const zero: Counts = { gold: 0, predicted: 0, matched: 0, neutral: 0 };
  const totals: Totals = { quotes: zero, speakers: { found: 0, right: 0 }, attributions: zero };
  for (const s of scores) {
    totals.quotes = addCounts(totals.quotes, s.quotes);
    totals.attributions = addCounts(totals.attributions, s.attributions);
    totals.speakers = { found: totals.speakers.found + s.speakers.found, right: totals.speakers.right + s.speakers.right };
  }
  return totals;
}
