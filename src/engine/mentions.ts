// Every reference to a person, organization or place in the prose, one paragraph at a time: listed
// entities through the compiled token tries, unlisted people introduced by a title, and pronouns. The
// same pass over the words records where claims' cue and hedge words are (mentions/cues.ts).
import type { CueMarks } from './claims/cue-marks';
import type { EntityIndex } from './entities/compile';
import { CUE_HASHES, markCueWords } from './mentions/cues';
import { MentionColumns, noMentions } from './mentions/columns';
import { refillFound, releaseFound, sortFound, type Found } from './mentions/found';
import { findListed, type Recency } from './mentions/listed';
import { newPronounState, PRONOUN_HASHES, resolvePronouns } from './mentions/pronouns';
import { Tokens } from './mentions/tokens';
import type { QuoteMarks } from './quotes/marks';
import { newUnlistedRegistry } from './mentions/known-people';
import { findUnlisted, ROLE_HASHES } from './mentions/unlisted';
import { watchFor } from './mentions/watch';
import { work } from './mentions/work';
import { tally } from './instrument';
import { countBelow } from './text/sorted';
import type { Mentions, Prose, Sentences } from './types';

function byPosition(a: Found, b: Found): number {
  return a.start - b.start || b.end - a.end;
}

/**
 * The sentence of each mention, for mentions visited by position: one walk over the sentences' starts,
 * which a step back (paragraphs out of text order) begins again by a binary search. The sentences come
 * in text order; should they not, the walk goes by a copy sorted by start (ties by index).
 */
class SentenceWalk {
  /** Sentence indexes in the order of `starts`; null when that is their own order. */
  private readonly order: Int32Array | null;
  private readonly starts: Int32Array;
  private readonly count: number;
  private at = 0;

  constructor(sentences: Sentences) {
    const count = (this.count = sentences.length);
    let sorted = true;
    for (let i = 1; i < count && sorted; i++) if (sentences.starts[i - 1]! > sentences.starts[i]!) sorted = false;
    if (sorted) {
      this.order = null;
      this.starts = sentences.starts;
      return;
    }
    const order = new Int32Array(count);
    for (let i = 0; i < count; i++) order[i] = i;
    order.sort((a, b) => sentences.starts[a]! - sentences.starts[b]! || a - b);
    const starts = new Int32Array(count);
    for (let i = 0; i < count; i++) starts[i] = sentences.starts[order[i]!]!;
    this.order = order;
    this.starts = starts;
  }

  /** The last sentence starting at or before `offset` (the first when none does). */
  sentenceAt(offset: number): number {
    const starts = this.starts;
    let at = this.at;
    if (at > 0 && starts[at]! > offset) at = Math.max(0, countBelow(starts, this.count, offset + 1) - 1);
    while (at + 1 < this.count && starts[at + 1]! <= offset) at++;
    this.at = at;
    if (this.count === 0) return 0;
    return this.order === null ? at : this.order[at]!;
  }
}

/** The mentions while they are found (see MentionColumns). */
const foundMentions = new MentionColumns();

function collect(text: string, prose: Prose, sentences: Sentences, index: EntityIndex, cueMarks: CueMarks | undefined, quoteMarks: QuoteMarks | null): Mentions {
  const recency: Recency = { clock: 0, seen: new Map() };
  const registry = newUnlistedRegistry();
  const pronouns = newPronounState();
  const mentions = foundMentions;
  mentions.clear(); // should an earlier pass have thrown before handing its columns out
  const walk = new SentenceWalk(sentences);
  const tokens = new Tokens();
  const watch = watchFor(index, ROLE_HASHES, PRONOUN_HASHES, CUE_HASHES);
  const paragraphs = prose.paragraphs;
  /**
   * The paragraphs' mentions while they are found, each paragraph's from `from` on; written into the
   * columns as soon as its paragraph is done. Emptied only once it holds a few paragraphs' worth: an
   * array cut to nothing gives its room back, and most paragraphs would allocate it again. The entries
   * before `from` are never read again: they are pooled Founds (mentions/found.ts), refilled by later
   * paragraphs.
   */
  const found: Found[] = [];
  const segments = prose.segments;
  const firstSegments = paragraphs.firstSegments;
  for (let p = 0; p < paragraphs.length; p++) {
    const firstSegment = firstSegments[p]!;
    const endSegment = firstSegments[p + 1]!;
    tokens.fill(text, segments.starts, segments.ends, firstSegment, endSegment, watch, quoteMarks);
    if (cueMarks) markCueWords(tokens, segments, firstSegment, endSegment, cueMarks);
    // Every pass starts from a watched word; a paragraph without one has nothing to find.
    if (tokens.listedHitCount === 0 && tokens.hitCount === 0) continue;
    if (found.length > FOUND_KEPT) found.length = 0;
    refillFound();
    const from = found.length;
    const covered = findListed(tokens, index, recency, found);
    findUnlisted(tokens, covered, registry, found);
    resolvePronouns(tokens, found, from, p, pronouns);
    if (found.length === from) continue;
    sortFound(found, byPosition, from);
    for (let i = from; i < found.length; i++) {
      const f = found[i]!;
      mentions.push(f.start, f.end, f.entity ? f.entity.id : null, f.name, f.kind, f.possessive, f.title, f.fix, walk.sentenceAt(f.start));
    }
  }
  // Paragraphs normally come in text order; should they not, the columns come out sorted.
  return mentions.take();
}

/** How many found mentions of past paragraphs may stay in the array before it is emptied. */
const FOUND_KEPT = 64;

/**
 * Every mention in the prose, sorted by start (an outer mention before the one nested in it). Never
 * throws. Given `cueMarks`, records in it where claims' cue words are, and given `quoteMarks`, where
 * the quotation marks are; marks each complete once every paragraph is read.
 */
export function findMentions(text: string, prose: Prose, sentences: Sentences, index: EntityIndex, cueMarks?: CueMarks, quoteMarks?: QuoteMarks): Mentions {
  const before = work.steps;
  try {
    const mentions = collect(text, prose, sentences, index, cueMarks, quoteMarks ?? null);
    if (cueMarks) cueMarks.complete = true;
    if (quoteMarks) quoteMarks.complete = true;
    return mentions;
  } catch {
    return noMentions();
  } finally {
    releaseFound();
    tally('mentions', work.steps - before);
  }
}
