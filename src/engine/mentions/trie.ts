// A trie over tokens: each phrase is a path of (gap, token) edges, so finding the longest phrase that
// starts at a token costs at most the length of the longest phrase, whatever the size of the list.
import type { Token } from './tokens';

export interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
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
  let node = child(root, first ?? tokens[0]!.text);
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

/** The longest phrase starting at tokens[at]; `first` overrides the key of the first token. */
export function longestMatch<T>(root: TrieNode<T>, tokens: readonly Token[], at: number, first?: string): TrieMatch<T> | null {
  let node = root.next?.get(first ?? tokens[at]!.text);
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
