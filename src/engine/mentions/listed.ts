// Mentions of listed entities in one paragraph: names, aliases, surnames and misspellings (longest
// match wins, no overlaps), and descriptors, which may contain other mentions ("Trump's son-in-law").
import type { EntityIndex, PhraseTarget } from '../entities/compile';
import type { MentionKind } from '../types';
import { NOT_PERSON_WORDS } from '../vocabulary/titles';
import { possessiveEnd, type Found } from './found';
import { isCapitalised, type Token } from './tokens';
import { longestMatch } from './trie';

/** Which entity each was last mentioned (a clock tick), to choose between entities sharing a phrase. */
export interface Recency {
  clock: number;
  seen: Map<string, number>;
}

const KIND_RANK: Record<PhraseTarget['kind'], number> = { name: 0, descriptor: 0, surname: 1, alias: 2, misspelling: 3 };

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

function toFound(text: string, tokens: readonly Token[], first: number, last: number, target: PhraseTarget, recency: Recency): Found {
  const possessiveLast = possessiveEnd(tokens, last);
  const end = tokens[possessiveLast >= 0 ? possessiveLast : last]!.end;
  const kind: MentionKind = target.kind;
  const found: Found = {
    start: tokens[first]!.start,
    end,
    first,
    last: possessiveLast >= 0 ? possessiveLast : last,
    entity: target.entity,
    name: target.entity.name,
    kind,
    possessive: possessiveLast >= 0,
    inQuote: tokens[first]!.inQuote,
  };
  // The fix replaces the whole range, so it keeps the possessive ending as written.
  if (target.fix !== undefined) found.fix = target.fix + text.slice(tokens[last]!.end, end);
  recency.seen.set(target.entity.id, ++recency.clock);
  return found;
}

/** A descriptor right before a capitalised name is that person's title, not a reference of its own. */
function standsAsTitle(tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  return !!next && next.gap === 'space' && isCapitalised(next) && !NOT_PERSON_WORDS.has(next.text.toLowerCase());
}

export interface ListedResult {
  mentions: Found[];
  /** 1 for tokens inside a name, alias, surname or misspelling mention. */
  covered: Uint8Array;
}

export function findListed(text: string, tokens: readonly Token[], index: EntityIndex, recency: Recency): ListedResult {
  const mentions: Found[] = [];
  const covered = new Uint8Array(tokens.length);
  let nameCoveredUntil = -1;
  let descriptorCoveredUntil = -1;
  let lastName: Found | null = null;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (!token.word) continue;
    if (k > nameCoveredUntil) {
      const match = longestMatch(index.names, tokens, k);
      if (match) {
        const found = toFound(text, tokens, k, match.last, choose(match.values, recency), recency);
        mentions.push(found);
        lastName = found;
        nameCoveredUntil = found.last;
        covered.fill(1, found.first, found.last + 1);
      }
    }
    if (k > descriptorCoveredUntil) {
      const match = longestMatch(index.descriptors, tokens, k, true);
      if (match && (possessiveEnd(tokens, match.last) >= 0 || !standsAsTitle(tokens, match.last))) {
        let first = k;
        // "Donald Trump's son-in-law": the descriptor starts inside a name; let it contain the name.
        if (lastName && lastName.first < k && lastName.last >= k) first = lastName.first;
        const article = tokens[first - 1];
        if (article && tokens[first]!.gap === 'space' && (article.text === 'the' || article.text === 'The')) first--;
        const found = toFound(text, tokens, first, match.last, choose(match.values, recency), recency);
        mentions.push(found);
        descriptorCoveredUntil = found.last;
      }
    }
  }
  return { mentions, covered };
}
