// Mentions of listed entities in one paragraph: names, aliases, surnames and misspellings (longest
// match wins, no overlaps), and descriptors, which may contain other mentions ("Trump's son-in-law").
import type { EntityIndex, PhraseTarget } from '../entities/compile';
import { NOT_PERSON_WORDS } from '../vocabulary/titles';
import { possessiveEnd, takeFound, type Found } from './found';
import { Flag, GAP_SPACE, startsUpper, type Tokens } from './tokens';
import { longestMatch, newMatch } from './trie';
import { WATCH_DESCRIPTOR, WATCH_NAME } from './watch';

/** When each entity was last mentioned (a clock tick), to choose between entities sharing a phrase. */
export interface Recency {
  clock: number;
  seen: Map<string, number>;
}

const KIND_RANK: Record<PhraseTarget['kind'], number> = { name: 0, descriptor: 0, surname: 1, alias: 2, misspelling: 3 };

/** The matches of names, descriptors and the name after a descriptor, refilled at each. */
const NAME = newMatch<PhraseTarget>();
const DESCRIPTOR = newMatch<PhraseTarget>();
const HOLDER = newMatch<PhraseTarget>();

function choose(targets: readonly PhraseTarget[], recency: Recency): PhraseTarget {
  let best = targets[0]!;
  for (let i = 1; i < targets.length; i++) {
    const t = targets[i]!;
    const rankDiff = KIND_RANK[t.kind] - KIND_RANK[best.kind];
    if (rankDiff < 0) { best = t; continue; }
    if (rankDiff > 0) continue;
    const seenT = recency.seen.get(t.entity.id) ?? -1;
    const seenBest = recency.seen.get(best.entity.id) ?? -1;
    if (seenT > seenBest || (seenT === seenBest && t.order < best.order)) best = t;
  }
  return best;
}

function toFound(tokens: Tokens, first: number, last: number, target: PhraseTarget, recency: Recency): Found {
  const possessiveLast = possessiveEnd(tokens, last);
  const end = tokens.end(possessiveLast >= 0 ? possessiveLast : last);
  const found = takeFound(
    tokens.start(first), end, first, possessiveLast >= 0 ? possessiveLast : last, target.entity, target.entity.name, target.kind,
    possessiveLast >= 0, tokens.inQuote(first), undefined,
    // The fix replaces the whole range, so it keeps the possessive ending as written.
    target.fix !== undefined ? target.fix + tokens.source.slice(tokens.end(last), end) : undefined,
  );
  recency.seen.set(target.entity.id, ++recency.clock);
  return found;
}

/** A descriptor right before a capitalised name is that person's title, not a reference of its own. */
function standsAsTitle(tokens: Tokens, last: number): boolean {
  const next = last + 1;
  if (next >= tokens.length || tokens.gap(next) !== GAP_SPACE || !tokens.isWord(next)) return false;
  const word = tokens.text(next);
  return startsUpper(word) && !NOT_PERSON_WORDS.has(word.toLowerCase());
}

/**
 * Whom a descriptor ending at token `last` refers to. Standing as a title before a capitalised name, it
 * refers to that person only when the title is theirs ("White House envoy Steve Witkoff"): a title
 * before someone else's name is the title-mismatch rule's business, and before an unlisted name it says
 * nothing about a listed entity.
 */
function referredTargets(tokens: Tokens, index: EntityIndex, last: number, values: readonly PhraseTarget[]): readonly PhraseTarget[] {
  if (possessiveEnd(tokens, last) >= 0 || !standsAsTitle(tokens, last)) return values;
  const named = longestMatch(index.names, tokens, last + 1, HOLDER);
  if (!named) return [];
  return values.filter((v) => named.values.some((n) => n.entity.id === v.entity.id));
}

/**
 * Words before a descriptor that make it about someone else or about nobody in particular: "the former
 * secretary of State", "a White House envoy", "her years as secretary of State".
 */
const NOT_THIS_HOLDER = new Set(['former', 'ex', 'late', 'then', 'previous', 'onetime', 'future', 'next', 'acting', 'a', 'an', 'as', 'another', 'every', 'each', 'no', 'any', 'deputy', 'assistant']);

/**
 * Appends the paragraph's listed mentions to `mentions`; returns a byte per token, 1 for tokens inside a
 * name, alias, surname or misspelling mention.
 */
export function findListed(tokens: Tokens, index: EntityIndex, recency: Recency, mentions: Found[]): Uint8Array {
  let covered: Uint8Array | null = null;
  let nameCoveredUntil = -1;
  let descriptorCoveredUntil = -1;
  let lastName: Found | null = null;
  // The arrays in locals: read through `tokens` they are reloaded after every call in the loop.
  const hits = tokens.listedHits;
  const flags = tokens.flags;
  for (let h = 0; h < tokens.listedHitCount; h++) {
    const k = hits[h]!;
    const marks = flags[k]! >> Flag.MarksShift;
    if ((marks & WATCH_NAME) !== 0 && k > nameCoveredUntil) {
      const match = longestMatch(index.names, tokens, k, NAME);
      if (match) {
        const found = toFound(tokens, k, match.last, choose(match.values, recency), recency);
        mentions.push(found);
        lastName = found;
        nameCoveredUntil = found.last;
        covered ??= tokens.covered();
        covered.fill(1, found.first, found.last + 1);
      }
    }
    if ((marks & WATCH_DESCRIPTOR) !== 0 && k > descriptorCoveredUntil) {
      const match = longestMatch(index.descriptors, tokens, k, DESCRIPTOR);
      const targets = match ? referredTargets(tokens, index, match.last, match.values) : [];
      if (match && targets.length > 0) {
        let first = k;
        // "Donald Trump's son-in-law": the descriptor starts inside a name; let it contain the name.
        if (lastName && lastName.first < k && lastName.last >= k) first = lastName.first;
        if (first > 0 && tokens.gap(first) === GAP_SPACE && NOT_THIS_HOLDER.has(tokens.text(first - 1).toLowerCase())) continue;
        if (first > 0 && tokens.gap(first) === GAP_SPACE) {
          const article = tokens.text(first - 1);
          if (article === 'the' || article === 'The') first--;
        }
        const found = toFound(tokens, first, match.last, choose(targets, recency), recency);
        mentions.push(found);
        descriptorCoveredUntil = found.last;
      }
    }
  }
  return covered ?? noneCovered(tokens.length);
}

/** Zeros, never written: what most paragraphs, without a listed name, return instead of clearing a byte per token. */
let zeros = new Uint8Array(256);

function noneCovered(length: number): Uint8Array {
  if (zeros.length < length) zeros = new Uint8Array(Math.max(length, zeros.length * 2));
  return zeros;
}
