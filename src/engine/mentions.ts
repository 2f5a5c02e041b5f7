// Every reference to a person, organization or place in the prose, one paragraph at a time: listed
// entities through the compiled token tries, unlisted people introduced by a title, and pronouns.
import type { EntityIndex } from './entities/compile';
import type { Found } from './mentions/found';
import { findListed, type Recency } from './mentions/listed';
import { newPronounState, PRONOUN_HASHES, pronounCandidates, resolvePronouns } from './mentions/pronouns';
import { Tokens } from './mentions/tokens';
import { findUnlisted, newUnlistedRegistry, ROLE_HASHES } from './mentions/unlisted';
import { watchFor } from './mentions/watch';
import { work } from './mentions/work';
import { tally } from './instrument';
import type { Mention, Prose, Sentence } from './types';

function byPosition(a: Found, b: Found): number {
  return a.start - b.start || b.end - a.end;
}

/** Whether `found` is sorted by position already (the sort is stable, so sorting would change nothing). */
function inOrder(found: readonly Found[]): boolean {
  for (let i = 1; i < found.length; i++) if (byPosition(found[i - 1]!, found[i]!) > 0) return false;
  return true;
}

/** Sentence starts in ascending order, each with its index, so mentions (sorted) find theirs in one walk. */
function sentenceStarts(sentences: readonly Sentence[]): { start: number; index: number }[] {
  const starts = sentences.map((s, index) => ({ start: s.range.start, index }));
  for (let i = 1; i < starts.length; i++) {
    if (starts[i - 1]!.start > starts[i]!.start) return starts.sort((a, b) => a.start - b.start || a.index - b.index);
  }
  return starts;
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

function collect(text: string, prose: Prose, sentences: Sentence[], index: EntityIndex): Mention[] {
  const recency: Recency = { clock: 0, seen: new Map() };
  const registry = newUnlistedRegistry();
  const pronouns = newPronounState();
  const all: Found[] = [];
  const tokens = new Tokens();
  const watch = watchFor(index, ROLE_HASHES, PRONOUN_HASHES);
  prose.paragraphs.forEach((paragraph, p) => {
    tokens.fill(text, paragraph.segments, watch);
    if (tokens.length === 0) return;
    const listed = findListed(tokens, index, recency);
    const unlisted = findUnlisted(tokens, listed.covered, registry);
    const found = unlisted.length === 0 ? listed.mentions : listed.mentions.concat(unlisted);
    const resolved = resolvePronouns(tokens, found, pronounCandidates(tokens), p, pronouns);
    const paragraphMentions = resolved.length === 0 && unlisted.length === 0 ? found : found.concat(resolved);
    if (!inOrder(paragraphMentions)) paragraphMentions.sort(byPosition);
    for (const m of paragraphMentions) all.push(m);
  });
  // Paragraphs normally come in text order; sort only if they did not.
  if (!inOrder(all)) all.sort(byPosition);
  const starts = sentenceStarts(sentences);
  const mentions: Mention[] = [];
  let at = 0;
  for (const found of all) {
    while (at + 1 < starts.length && starts[at + 1]!.start <= found.start) at++;
    mentions.push(toMention(found, starts.length > 0 ? starts[at]!.index : 0));
  }
  return mentions;
}

/** Every mention in the prose, sorted by start (an outer mention before the one nested in it). Never throws. */
export function findMentions(text: string, prose: Prose, sentences: Sentence[], index: EntityIndex): Mention[] {
  const before = work.steps;
  try {
    return collect(text, prose, sentences, index);
  } catch {
    return [];
  } finally {
    tally('mentions', work.steps - before);
  }
}
