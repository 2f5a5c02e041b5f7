// A trie over tokens: each phrase is a path of (gap, token) edges, so finding the longest phrase that
// starts at a token costs at most the length of the longest phrase, whatever the size of the list.
import { IntMap, IntSet } from './hash';
import { addHashBit, mayHaveHash, newHashBits, type HashBits } from './hash-bits';
import { work } from './work';
import { GAP_BREAK, GAP_NONE, lowerFirst, type PhraseToken, type Tokens } from './tokens';

export interface TrieNode<T> {
  /** Edges to the next token, joined by whitespace; keyed by the token's text (the root's: the first token's). */
  next: Map<string, TrieNode<T>> | null;
  /** Edges to the next token written directly after this one ("U" "." "S"). */
  joined: Map<string, TrieNode<T>> | null;
  /** What a phrase ending here refers to; null when no phrase ends here. */
  values: T[] | null;
  /**
   * Hashes of the words on this node's edges, both kinds: a word whose hash is not here follows no
   * edge, and is ruled out without making its string.
   */
  wordHashes: IntSet | null;
}

export interface Trie<T> {
  root: TrieNode<T>;
  /** Hashes of every phrase's first token (first letter lower-cased when `lowered`). */
  firstHashes: IntSet;
  /** First tokens match with their first letter in either case. */
  lowered: boolean;
  /**
   * The root's children for first words, by hash (the first letter lower-cased when `lowered`): a word
   * starting a phrase is compared in place instead of being made a string ("the" starts an alias and
   * is very common; "Trump", the first word of "Trump's son-in-law", starts a descriptor).
   */
  firstWords: IntMap<FirstWord<T>[]>;
  /** Hashes of first tokens (as in `firstHashes`) that are a whole phrase by themselves, as bits. */
  oneTokenBits: HashBits;
  /** Hashes of every phrase's second token, when it is a word, as bits. */
  secondBits: HashBits;
}

interface FirstWord<T> {
  text: string;
  node: TrieNode<T>;
}

export function newTrie<T>(lowered = false): Trie<T> {
  return { root: newNode(), firstHashes: new IntSet(), lowered, firstWords: new IntMap(), oneTokenBits: newHashBits(), secondBits: newHashBits() };
}

function newNode<T>(): TrieNode<T> {
  return { next: null, joined: null, values: null, wordHashes: null };
}

/** The child for the next token `text`, joined directly (`joined`) or by whitespace; made when missing. */
function child<T>(node: TrieNode<T>, text: string, joined: boolean, hash: number): TrieNode<T> {
  if (hash !== 0) (node.wordHashes ??= new IntSet()).add(hash);
  let edges = joined ? node.joined : node.next;
  if (!edges) {
    edges = new Map();
    if (joined) node.joined = edges;
    else node.next = edges;
  }
  let next = edges.get(text);
  if (!next) {
    next = newNode();
    edges.set(text, next);
  }
  return next;
}

export function insertPhrase<T>(trie: Trie<T>, tokens: readonly PhraseToken[], value: T): void {
  if (tokens.length === 0) return;
  const first = tokens[0]!;
  const firstHash = trie.lowered ? first.lowHash : first.hash;
  trie.firstHashes.add(firstHash);
  if (tokens.length === 1) addHashBit(trie.oneTokenBits, firstHash);
  else if (tokens[1]!.hash !== 0) addHashBit(trie.secondBits, tokens[1]!.hash);
  const firstText = trie.lowered ? lowerFirst(first.text) : first.text;
  let node = child(trie.root, firstText, false, 0);
  if (first.hash !== 0) addFirstWord(trie, firstHash, firstText, node);
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    node = child(node, token.text, token.gap === 'none', token.hash);
  }
  if (!node.values) node.values = [];
  node.values.push(value);
}

function addFirstWord<T>(trie: Trie<T>, hash: number, text: string, node: TrieNode<T>): void {
  const words = trie.firstWords.get(hash);
  if (!words) trie.firstWords.set(hash, [{ text, node }]);
  else if (!words.some((w) => w.text === text)) words.push({ text, node });
}

/** The root's child for token `at`, whose hash (`lowHash` when the trie is `lowered`) is `hash`. */
function firstNode<T>(trie: Trie<T>, tokens: Tokens, at: number, hash: number): TrieNode<T> | undefined {
  // Punctuation has no hash, and a first letter beyond ASCII may lower-case to more than one
  // character: those are looked up by their text.
  if (hash === 0 || (trie.lowered && tokens.source.charCodeAt(tokens.start(at)) >= 128)) {
    const first = tokens.text(at);
    return trie.root.next?.get(trie.lowered ? lowerFirst(first) : first);
  }
  const words = trie.firstWords.get(hash);
  if (words === undefined) return undefined;
  for (let w = 0; w < words.length; w++) {
    const word = words[w]!;
    if (trie.lowered ? tokens.textIsLowerFirst(at, word.text) : tokens.textIs(at, word.text)) return word.node;
  }
  return undefined;
}

/** Where the longest phrase found ends and what it refers to: filled in by `longestMatch`. */
export interface TrieMatch<T> {
  /** Index of the phrase's last token. */
  last: number;
  values: T[];
}

/** A match to fill, one per caller: the mention pass asks for one at nearly every name. */
export function newMatch<T>(): TrieMatch<T> {
  return { last: -1, values: [] };
}

/**
 * Whether token `i` may continue a phrase begun by the token before it: not a word that is no phrase's
 * second (punctuation is left to the walk).
 */
function mayBeSecond<T>(trie: Trie<T>, tokens: Tokens, i: number): boolean {
  if (i >= tokens.length || tokens.gap(i) === GAP_BREAK) return false;
  const hash = tokens.hashes[i]!;
  return hash === 0 || mayHaveHash(trie.secondBits, hash);
}

/** The longest phrase starting at token `at`, written into `match`; null when there is none. */
export function longestMatch<T>(trie: Trie<T>, tokens: Tokens, at: number, match: TrieMatch<T>): TrieMatch<T> | null {
  const firstHash = trie.lowered ? tokens.lowHash(at) : tokens.hashes[at]!;
  // Most first words met begin only longer phrases ("the" of "the Kremlin") and are followed by no
  // phrase's second word: two bit tests rule them out before the set of first words is probed or the
  // word compared (a bit set by another hash only lets the walk decide). (Not with `lowered` first
  // words: there two spellings may share a node.)
  if (!trie.lowered && !mayHaveHash(trie.oneTokenBits, firstHash) && !mayBeSecond(trie, tokens, at + 1)) return null;
  if (!trie.firstHashes.has(firstHash)) return null;
  let node = firstNode(trie, tokens, at, firstHash);
  let i = at;
  let bestLast = -1;
  let bestValues: T[] | null = null;
  while (node) {
    if (node.values) {
      bestLast = i;
      bestValues = node.values;
    }
    if (i + 1 >= tokens.length) break;
    const gap = tokens.gap(i + 1);
    const edges = gap === GAP_NONE ? node.joined : gap === GAP_BREAK ? null : node.next;
    if (!edges) break;
    // Punctuation has no hash (0): it is looked up by its text.
    const hash = tokens.hashes[i + 1]!;
    if (hash !== 0 && !node.wordHashes?.has(hash)) break;
    node = edges.get(tokens.text(i + 1));
    i++;
    work.steps++;
  }
  if (bestValues === null) return null;
  match.last = bestLast;
  match.values = bestValues;
  return match;
}
