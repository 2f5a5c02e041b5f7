// A trie over tokens: each phrase is a path of (gap, token) edges, so finding the longest phrase that
// starts at a token costs at most the length of the longest phrase, whatever the size of the list.
import { IntSet } from './hash';
import { work } from './work';
import { GAP_BREAK, GAP_NONE, lowerFirst, type PhraseToken, type Tokens } from './tokens';

export interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | null;
  /** What a phrase ending here refers to; null when no phrase ends here. */
  values: T[] | null;
}

export interface Trie<T> {
  root: TrieNode<T>;
  /** Hashes of every phrase's first token (first letter lower-cased when `lowered`). */
  firstHashes: IntSet;
  /** First tokens match with their first letter in either case. */
  lowered: boolean;
}

export function newTrie<T>(lowered = false): Trie<T> {
  return { root: { next: null, values: null }, firstHashes: new IntSet(), lowered };
}

/** The edge key of a token after the first: how it is joined, then its text. */
function edgeKey(gap: number, text: string): string {
  return (gap === GAP_NONE ? '\u0001' : ' ') + text;
}

function child<T>(node: TrieNode<T>, key: string): TrieNode<T> {
  if (!node.next) node.next = new Map();
  let next = node.next.get(key);
  if (!next) {
    next = { next: null, values: null };
    node.next.set(key, next);
  }
  return next;
}

export function insertPhrase<T>(trie: Trie<T>, tokens: readonly PhraseToken[], value: T): void {
  if (tokens.length === 0) return;
  const first = tokens[0]!;
  trie.firstHashes.add(trie.lowered ? first.lowHash : first.hash);
  let node = child(trie.root, trie.lowered ? lowerFirst(first.text) : first.text);
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    node = child(node, edgeKey(token.gap === 'none' ? GAP_NONE : 1, token.text));
  }
  if (!node.values) node.values = [];
  node.values.push(value);
}

export interface TrieMatch<T> {
  /** Index of the phrase's last token. */
  last: number;
  values: T[];
}

/** The longest phrase starting at token `at`, or null. */
export function longestMatch<T>(trie: Trie<T>, tokens: Tokens, at: number): TrieMatch<T> | null {
  if (!trie.firstHashes.has(trie.lowered ? tokens.lowHashes[at]! : tokens.hashes[at]!)) return null;
  const first = tokens.text(at);
  let node = trie.root.next?.get(trie.lowered ? lowerFirst(first) : first);
  let best: TrieMatch<T> | null = null;
  let i = at;
  while (node) {
    if (node.values) best = { last: i, values: node.values };
    if (!node.next || i + 1 >= tokens.length || tokens.gap(i + 1) === GAP_BREAK) break;
    node = node.next.get(edgeKey(tokens.gap(i + 1), tokens.text(i + 1)));
    i++;
    work.steps++;
  }
  return best;
}
