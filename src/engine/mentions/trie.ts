// A trie over tokens: each phrase is a path of (gap, token) edges, so finding the longest phrase that
// starts at a token costs at most the length of the longest phrase, whatever the size of the list.
import { lowerFirst, type Token } from './tokens';

export interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
  /** At the root: first character code and length of every first token, to skip most words cheaply. */
  firstKeys?: Set<number>;
  /** What a phrase ending here refers to; null when no phrase ends here. */
  values: T[] | null;
}

export function newTrieNode<T>(): TrieNode<T> {
  return { next: null, values: null };
}

/** The edge key of a token after the first: how it is joined, then its text. */
function edgeKey(gap: 'none' | 'space', text: string): string {
  return (gap === 'none' ? '\u0001' : ' ') + text;
}

function child<T>(node: TrieNode<T>, key: string): TrieNode<T> {
  if (!node.next) node.next = new Map();
  let next = node.next.get(key);
  if (!next) {
    next = newTrieNode<T>();
    node.next.set(key, next);
  }
  return next;
}

/** Adds a phrase given as tokens; `first` overrides the first token's key (e.g. lower-cased). */
export function insertPhrase<T>(root: TrieNode<T>, tokens: readonly Token[], value: T, first?: string): void {
  if (tokens.length === 0) return;
  const key = first ?? tokens[0]!.text;
  if (!root.firstKeys) root.firstKeys = new Set();
  root.firstKeys.add(firstKey(key));
  let node = child(root, key);
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    node = child(node, edgeKey(token.gap === 'none' ? 'none' : 'space', token.text));
  }
  if (!node.values) node.values = [];
  node.values.push(value);
}

export interface TrieMatch<T> {
  /** Index of the phrase's last token in the searched tokens. */
  last: number;
  values: T[];
}

/** A number from a token's first character and length; phrases' first tokens are indexed by it. */
export function firstKey(text: string): number {
  return text.charCodeAt(0) * 256 + Math.min(text.length, 255);
}

/** The same key with the first character lower-cased, for phrases matched in either case. */
export function firstKeyLowered(text: string): number {
  let c = text.charCodeAt(0);
  if (c >= 65 && c <= 90) c += 32;
  else if (c >= 128) c = text.charAt(0).toLowerCase().charCodeAt(0);
  return c * 256 + Math.min(text.length, 255);
}

/**
 * The longest phrase starting at tokens[at]. With `lowered`, the first token matches with its first
 * letter in either case (the root must then be keyed by lower-cased first letters).
 */
export function longestMatch<T>(root: TrieNode<T>, tokens: readonly Token[], at: number, lowered = false): TrieMatch<T> | null {
  const text = tokens[at]!.text;
  if (!root.firstKeys || !root.firstKeys.has(lowered ? firstKeyLowered(text) : firstKey(text))) return null;
  let node = root.next?.get(lowered ? lowerFirst(text) : text);
  let best: TrieMatch<T> | null = null;
  let i = at;
  while (node) {
    if (node.values) best = { last: i, values: node.values };
    const nextToken = tokens[i + 1];
    if (!node.next || !nextToken || nextToken.gap === 'break') break;
    node = node.next.get(edgeKey(nextToken.gap, nextToken.text));
    i++;
  }
  return best;
}
