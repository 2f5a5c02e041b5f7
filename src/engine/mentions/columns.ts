// Mentions as columns (Mentions in types.ts): the builder the mention pass fills, and the readers that
// steps and surfaces ask about one mention with, or make a Mention of it.
import { ByteColumn, IntColumn, sortedOrder } from '../text/columns';
import { countBelow } from '../text/sorted';
import type { Mention, MentionKind, Mentions, MentionTarget } from '../types';

/** Every kind of mention; a mention's kind is stored as its index here. */
export const MENTION_KINDS: readonly MentionKind[] = ['name', 'alias', 'surname', 'descriptor', 'pronoun', 'misspelling', 'unlisted'];

const KIND_CODES = new Map<MentionKind, number>(MENTION_KINDS.map((kind, code) => [kind, code]));

/** The kind of mention `i`. */
export function kindAt(mentions: Mentions, i: number): MentionKind {
  return MENTION_KINDS[mentions.kinds[i]!]!;
}

/** Who mention `i` names, and how. */
export function targetAt(mentions: Mentions, i: number): MentionTarget {
  return mentions.targets[mentions.target[i]!]!;
}

/** The listed entity id of mention `i`; null for an unlisted person. */
export function entityAt(mentions: Mentions, i: number): string | null {
  return mentions.targets[mentions.target[i]!]!.entity;
}

/** Mention `i` as an object of its own. */
export function mentionAt(mentions: Mentions, i: number): Mention {
  const target = targetAt(mentions, i);
  const mention: Mention = {
    range: { start: mentions.starts[i]!, end: mentions.ends[i]! },
    entity: target.entity,
    name: target.name,
    kind: kindAt(mentions, i),
    possessive: mentions.possessive[i] === 1,
    sentence: mentions.sentences[i]!,
  };
  if (target.title !== undefined) mention.title = target.title;
  if (target.fix !== undefined) mention.fix = target.fix;
  return mention;
}

/** Every mention as an object of its own, in order: for what lists them all (JSON output, tests). */
export function mentionList(mentions: Mentions): Mention[] {
  const list: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) list.push(mentionAt(mentions, i));
  return list;
}

/** How many mentions start before `offset`: the index of the first that starts at or after it. */
export function mentionsBefore(mentions: Mentions, offset: number): number {
  return countBelow(mentions.starts, mentions.length, offset);
}

/** The columns of mentions made as objects (by hand, in tests), sorted by position. */
export function mentionsOf(list: readonly Mention[]): Mentions {
  const columns = new MentionColumns();
  for (const m of list) {
    columns.push(m.range.start, m.range.end, m.entity, m.name, m.kind, m.possessive, m.title, m.fix, m.sentence);
  }
  return columns.take();
}

/** No mentions. */
export function noMentions(): Mentions {
  const none = new Int32Array(0);
  return { length: 0, starts: none, ends: none, sentences: none, kinds: new Uint8Array(0), possessive: new Uint8Array(0), target: none, targets: [] };
}

/**
 * Mentions while they are found: columns kept from one analysis to the next and handed out as exact
 * copies (text/columns.ts), the targets shared by every mention of one person written one way.
 */
export class MentionColumns {
  private readonly starts = new IntColumn();
  private readonly ends = new IntColumn();
  private readonly sentences = new IntColumn();
  private readonly target = new IntColumn();
  private readonly kinds = new ByteColumn();
  private readonly possessive = new ByteColumn();
  private targets: MentionTarget[] = [];
  /** The targets made so far, by entity id for listed entities and by name for unlisted people. */
  private readonly byEntity = new Map<string, number[]>();
  private readonly byName = new Map<string, number[]>();
  length = 0;

  push(
    start: number, end: number, entity: string | null, name: string, kind: MentionKind, possessive: boolean,
    title: string | undefined, fix: string | undefined, sentence: number,
  ): void {
    const n = this.length++;
    this.starts.set(n, start);
    this.ends.set(n, end);
    this.sentences.set(n, sentence);
    this.target.set(n, this.targetOf(entity, name, title, fix));
    this.kinds.set(n, KIND_CODES.get(kind)!);
    this.possessive.set(n, possessive ? 1 : 0);
  }

  /** The mentions pushed since the last take, sorted by position; the columns are empty after. */
  take(): Mentions {
    const n = this.length;
    const { starts, ends } = this;
    // By start, an outer mention before one nested in it.
    const byPosition = (a: number, b: number) => starts.get(a) - starts.get(b) || ends.get(b) - ends.get(a);
    let inOrder = true;
    for (let i = 1; i < n && inOrder; i++) if (byPosition(i - 1, i) > 0) inOrder = false;
    const order = inOrder ? null : sortedOrder(n, byPosition);
    const mentions: Mentions = {
      length: n,
      starts: starts.copy(n, order),
      ends: ends.copy(n, order),
      sentences: this.sentences.copy(n, order),
      kinds: this.kinds.copy(n, order),
      possessive: this.possessive.copy(n, order),
      target: this.target.copy(n, order),
      targets: this.targets,
    };
    this.clear();
    return mentions;
  }

  /** Empties the columns and forgets the targets (they belong to the mentions handed out). */
  clear(): void {
    this.length = 0;
    this.targets = [];
    this.byEntity.clear();
    this.byName.clear();
  }

  private targetOf(entity: string | null, name: string, title: string | undefined, fix: string | undefined): number {
    const table = entity === null ? this.byName : this.byEntity;
    const key = entity ?? name;
    let known = table.get(key);
    if (known === undefined) table.set(key, (known = []));
    // A person written many ways on a long draft has a dozen or more targets: the title and fix (most
    // often both absent) are compared before the name, whose characters are compared in full (each
    // mention's name is a string of its own), and an unlisted person's name is the key already.
    const sameName = entity === null;
    for (let k = 0; k < known.length; k++) {
      const t = this.targets[known[k]!]!;
      if (t.title === title && t.fix === fix && (sameName || t.name === name)) return known[k]!;
    }
    const target: MentionTarget = { entity, name };
    if (title !== undefined) target.title = title;
    if (fix !== undefined) target.fix = fix;
    known.push(this.targets.length);
    this.targets.push(target);
    return this.targets.length - 1;
  }
}
