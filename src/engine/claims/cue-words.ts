// Whether a sentence holds a word that can make it a reported statement or a hedged claim, read from
// its characters: sentences with none of them are decided without tokens. The words are compiled into
// a table-driven automaton (a trie of their letters), so each character costs two array reads and one
// test that is almost never true; one pattern over the whole text, or a loop that looks each word up
// where it ends, cost more than twice as much.
import { PARTICIPLE_CUES, SPEECH_VERBS } from '../vocabulary/cues';
import { HEDGES } from '../vocabulary/hedges';

/** The cue words proper: sentences holding one are read for an attribution. */
const SPEECH_CUES: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...PARTICIPLE_CUES, 'according', 'put']);

/**
 * A hedge is looked for only in sentences that hold one of its words: a cue word when it has one
 * ("were said to": "said"; those sentences are read anyway), else its longest ("reportedly",
 * "understood"). Its longest word alone made every sentence with "were" a candidate.
 */
const HEDGE_WORDS = HEDGES.map((hedge) => hedge.find((word) => SPEECH_CUES.has(word)) ?? hedge.reduce((a, b) => (b.length > a.length ? b : a)));

/**
 * Case-sensitive on purpose: cues are lower-case (cueAt ignores capitalised ones but "According"); a
 * hedge's word may open the sentence.
 */
const CUE_WORDS: readonly string[] = [...new Set([...SPEECH_CUES, 'According', ...HEDGE_WORDS, ...HEDGE_WORDS.map(capitalize)])];

/** Each cue word's first run of word characters ("e" for "e-mailed"): what a word scanner sees of it first. */
export const CUE_WORD_RUNS: readonly string[] = [...new Set(CUE_WORDS.map((word) => /^\w*/.exec(word)![0]))];

function capitalize(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

/** A word character as a pattern's `\b` sees it: [A-Za-z0-9_]. A word is a run of them. */
export function isWordChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

/** Character classes: any character that is no word character, any other word character, then one per letter of the cue words. */
const NOT_WORD = 0;
const OTHER_WORD = 1;
const CLASS_OF = new Uint8Array(0x10000);
let classCount = 2;
for (let c = 0; c < 0x80; c++) if (isWordChar(c)) CLASS_OF[c] = OTHER_WORD;
for (const word of CUE_WORDS) {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (CLASS_OF[c] === OTHER_WORD) CLASS_OF[c] = classCount++;
  }
}

/** The trie of the cue words' first runs of word characters ("e" for "e-mailed"). */
interface Node {
  next: Map<number, Node>;
  /** The run is a whole cue word. */
  word: boolean;
  /** Cue words that go on past the run ("e-mailed"), checked on the text when the run ends. */
  longer: string[];
  depth: number;
  state: number;
}

function newNode(depth: number): Node {
  return { next: new Map(), word: false, longer: [], depth, state: 0 };
}

/** States: after a character that is no word character; inside a word that is no cue; then the trie's nodes. */
const BOUNDARY = 0;
const INSIDE = 1;
const root = newNode(0);
const nodes: Node[] = [];
for (const word of CUE_WORDS) {
  let node = root;
  let i = 0;
  for (; i < word.length && isWordChar(word.charCodeAt(i)); i++) {
    const c = CLASS_OF[word.charCodeAt(i)];
    let child = node.next.get(c);
    if (!child) {
      child = newNode(i + 1);
      child.state = 2 + nodes.length;
      nodes.push(child);
      node.next.set(c, child);
    }
    node = child;
  }
  if (i === word.length) node.word = true;
  else node.longer.push(word);
}

/** A cue word ended at a character that is no word character. */
const FOUND = 2 + nodes.length;
/** Runs that may open a longer cue word, by state from CHECK_FIRST on. */
const CHECK_FIRST = FOUND + 1;
const toCheck = nodes.filter((n) => !n.word && n.longer.length > 0);

/** NEXT[state * classCount + class]: the state after reading a character of that class. */
const NEXT = new Uint16Array(CHECK_FIRST * classCount);
for (let cls = 0; cls < classCount; cls++) {
  NEXT[BOUNDARY * classCount + cls] = cls === NOT_WORD ? BOUNDARY : root.next.get(cls)?.state ?? INSIDE;
  NEXT[INSIDE * classCount + cls] = cls === NOT_WORD ? BOUNDARY : INSIDE;
  for (const node of nodes) {
    let next = node.next.get(cls)?.state ?? INSIDE;
    if (cls === NOT_WORD) next = node.word ? FOUND : node.longer.length > 0 ? CHECK_FIRST + toCheck.indexOf(node) : BOUNDARY;
    NEXT[node.state * classCount + cls] = next;
  }
}

/**
 * Whether a cue word starts in text[start, end): a whole word, as a pattern's `\bword\b` finds it. A
 * word running on past `end` is read to its end; one running in from before `start` is not the
 * sentence's.
 */
export function holdsCueWord(text: string, start: number, end: number): boolean {
  return nextCueWord(text, start, end) >= 0;
}

/** Where the first cue word starting in text[start, end) begins (read as holdsCueWord reads it), or -1. */
export function nextCueWord(text: string, start: number, end: number): number {
  let state = start > 0 && isWordChar(text.charCodeAt(start - 1)) ? INSIDE : BOUNDARY;
  let i = start;
  for (; i < end; i++) {
    state = NEXT[state * classCount + CLASS_OF[text.charCodeAt(i)]];
    if (state >= FOUND) {
      if (state === FOUND || longerWordEndsAt(text, i, state)) return runStart(text, i);
      state = BOUNDARY;
    }
  }
  // A word begun in the range, read to its end.
  for (; state > INSIDE; i++) {
    state = NEXT[state * classCount + (i < text.length ? CLASS_OF[text.charCodeAt(i)] : NOT_WORD)];
    if (state >= FOUND) return state === FOUND || longerWordEndsAt(text, i, state) ? runStart(text, i) : -1;
  }
  return -1;
}

/** The start of the run of word characters that ends before text[i] (a cue word's, so a short walk back). */
function runStart(text: string, i: number): number {
  let start = i;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  return start;
}

/** The run that ended before text[i] opens one of its longer cue words ("e-mailed"), whole. */
function longerWordEndsAt(text: string, i: number, state: number): boolean {
  const run = toCheck[state - CHECK_FIRST];
  const from = i - run.depth;
  for (let w = 0; w < run.longer.length; w++) {
    const word = run.longer[w]!;
    if (text.startsWith(word, from) && !isWordChar(text.charCodeAt(from + word.length))) return true;
  }
  return false;
}
