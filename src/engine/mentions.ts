// Every reference to a person, organization or place in the prose, one paragraph at a time: listed
// entities through the compiled token tries, unlisted people introduced by a title, and pronouns. The
// same pass over the words records where claims' cue and hedge words are (mentions/cues.ts).
import type { CueMarks } from './claims/cue-marks';
import type { EntityIndex } from './entities/compile';
import { CUE_HASHES, markCueWords } from './mentions/cues';
import type { Found } from './mentions/found';
import { findListed, type Recency } from './mentions/listed';
import { newPronounState, PRONOUN_HASHES, resolvePronouns } from './mentions/pronouns';
import { Tokens } from './mentions/tokens';
import { findUnlisted, newUnlistedRegistry, ROLE_HASHES } from './mentions/unlisted';
import { watchFor } from './mentions/watch';
import { work } from './mentions/work';
import { tally } from './instrument';
import type { Mention, Prose, Sentence } from './types';

function byPosition(a: Found, b: Found): number {
  return a.start - b.start || b.end - a.end;
}

/** Whether `found` from `from` on is sorted by position already (the sort is stable, so sorting would change nothing). */
function inOrder(found: readonly Found[], from: number): boolean {
  for (let i = from + 1; i < found.length; i++) if (byPosition(found[i - 1]!, found[i]!) > 0) return false;
  return true;
}

/** Sentence indexes by start (ties by index), so mentions (sorted) find theirs in one walk. */
function sentenceOrder(sentences: readonly Sentence[]): number[] {
  const order = sentences.map((_, i) => i);
  for (let i = 1; i < sentences.length; i++) {
    if (sentences[i - 1]!.range.start > sentences[i]!.range.start) {
      return order.sort((a, b) => sentences[a]!.range.start - sentences[b]!.range.start || a - b);
    }
  }
  return order;
}

function toMention(found: Found, sentence: number): Mention {
  const mention: Mention = {
    range: { start: found.start, end: found.end },
    entity: found.entity ? found.entity.id : null,
    name: found.name,
    kind: found.kind,
    possessive: found.possessive,
    sentence,
  };
  if (found.title !== undefined) mention.title = found.title;
  if (found.fix !== undefined) mention.fix = found.fix;
  return mention;
}

function collect(text: string, prose: Prose, sentences: Sentence[], index: EntityIndex, cueMarks: CueMarks | undefined): Mention[] {
  const recency: Recency = { clock: 0, seen: new Map() };
  const registry = newUnlistedRegistry();
  const pronouns = newPronounState();
  /** The current paragraph's mentions while they are found; made into Mentions as soon as it is done. */
  const found: Found[] = [];
  const mentions: Mention[] = [];
  const order = sentenceOrder(sentences);
  let at = 0;
  let inTextOrder = true;
  const tokens = new Tokens();
  const watch = watchFor(index, ROLE_HASHES, PRONOUN_HASHES, CUE_HASHES);
  const paragraphs = prose.paragraphs;
  for (let p = 0; p < paragraphs.length; p++) {
    const segments = paragraphs[p]!.segments;
    tokens.fill(text, segments, watch);
    if (cueMarks) markCueWords(tokens, segments, cueMarks);
    // Every pass starts from a watched word; a paragraph without one has nothing to find.
    if (tokens.hitCount === 0) continue;
    found.length = 0;
    const covered = findListed(tokens, index, recency, found);
    findUnlisted(tokens, covered, registry, found);
    resolvePronouns(tokens, found, 0, p, pronouns);
    if (found.length === 0) continue;
    if (!inOrder(found, 0)) found.sort(byPosition);
    // Made now rather than after the last paragraph, the Found objects die young: kept to the end, a
    // long draft's would be copied by the collector and promoted with the results.
    if (mentions.length > 0 && byMentionPosition(mentions[mentions.length - 1]!, found[0]!) > 0) inTextOrder = false;
    for (const f of found) {
      while (at + 1 < order.length && sentences[order[at + 1]!]!.range.start <= f.start) at++;
      mentions.push(toMention(f, order.length > 0 ? order[at]! : 0));
    }
  }
  found.length = 0;
  // Paragraphs normally come in text order; sort only if they did not, and place each in its sentence again.
  if (!inTextOrder) placeInSentences(mentions.sort(byRange), sentences, order);
  return mentions;
}

function byMentionPosition(a: Mention, b: Found): number {
  return a.range.start - b.start || b.end - a.range.end;
}

function byRange(a: Mention, b: Mention): number {
  return a.range.start - b.range.start || b.range.end - a.range.end;
}

/** Sets each mention's sentence, for mentions sorted by position. */
function placeInSentences(mentions: Mention[], sentences: readonly Sentence[], order: readonly number[]): void {
  let at = 0;
  for (const m of mentions) {
    while (at + 1 < order.length && sentences[order[at + 1]!]!.range.start <= m.range.start) at++;
    m.sentence = order.length > 0 ? order[at]! : 0;
  }
}

/**
 * Every mention in the prose, sorted by start (an outer mention before the one nested in it). Never
 * throws. Given `cueMarks`, records in it where claims' cue words are, and marks it complete.
 */
export function findMentions(text: string, prose: Prose, sentences: Sentence[], index: EntityIndex, cueMarks?: CueMarks): Mention[] {
  const before = work.steps;
  try {
    const mentions = collect(text, prose, sentences, index, cueMarks);
    if (cueMarks) cueMarks.complete = true;
    return mentions;
  } catch {
    return [];
  } finally {
    tally('mentions', work.steps - before);
  }
}
