// Finds attribution cues among a paragraph's tokens: "said", "told reporters", "wrote on X",
// "said in a statement", "according to", participles ("…, saying") and naming verbs ("called it").
import { NAMING_VERBS, PARTICIPLE_CUES, PHRASAL_SPEECH_VERBS, PLATFORMS, SPEECH_VERBS, STATEMENT_CLAIM_NOUNS } from '../vocabulary/cues';
import { TokenMap, TokenSet } from './token-map';
import type { Token } from './tokens';
import { ANONYMOUS_NOUN, DETERMINER, PERSONAL_PRONOUN, STATEMENT_NOUN } from './word-sets';

export type CueKind = 'verb' | 'participle' | 'naming' | 'according' | 'noun';

export interface Cue {
  kind: CueKind;
  /** Token indexes: the cue is tokens[from..to). */
  from: number;
  to: number;
}

// What each word a cue can start with may be, as bits: one lookup answers the word lists cueAt asks.
const SPEECH = 1;
const PARTICIPLE = 2;
const NAMING = 4;
const CLAIM_NOUN = 8;
const PHRASAL = 16;
const OTHER_CUE = 32; // "according", "put"

/**
 * Every word a cue can start with, and the lists it is in (bits above), as one token map: most words
 * are ruled out by their shape alone. Each branch of `cueAt` that returns a cue starts with a word
 * from one of these: keep them in step.
 */
const CUE_WORD_BITS: ReadonlyMap<string, number> = (() => {
  const words = new Map<string, number>();
  const add = (list: Iterable<string>, bit: number): void => {
    for (const w of list) words.set(w, (words.get(w) ?? 0) | bit);
  };
  add(['according', 'put'], OTHER_CUE);
  add(STATEMENT_CLAIM_NOUNS, CLAIM_NOUN);
  add(PHRASAL_SPEECH_VERBS.keys(), PHRASAL);
  add(SPEECH_VERBS, SPEECH);
  add(PARTICIPLE_CUES, PARTICIPLE);
  add(NAMING_VERBS, NAMING);
  return words;
})();

const CUE_WORDS = new TokenMap(CUE_WORD_BITS);

/** The cue that starts at tokens[i], if any. */
export function cueAt(tokens: Token[], i: number): Cue | null {
  const t = tokens[i];
  if (t.kind !== 'word' || t.possessive) return null;
  const bits = CUE_WORDS.get(t) ?? 0;
  if (bits === 0) return null;
  if (t.is('according') && tokens[i + 1]?.is('to') === true) return { kind: 'according', from: i, to: i + 2 };
  if (t.cap) return null; // "United States", "Notes", a sentence-initial noun
  // "Trump's claim that …", "Clinton's remarks": a statement noun after a possessive name.
  if ((bits & CLAIM_NOUN) !== 0 && i > 0 && tokens[i - 1].possessive && tokens[i - 1].cap) return { kind: 'noun', from: i, to: i + 1 };
  // "the claims", "his remarks": a determiner makes it a noun.
  if (i > 0 && tokens[i - 1].kind === 'word' && DETERMINER.has(tokens[i - 1])) return null;
  // "as The New Yorker put it"
  if (t.is('put') && tokens[i + 1]?.is('it') === true) return { kind: 'verb', from: i, to: i + 2 };
  // "is said to", "was told that": a passive names no speaker before the verb.
  if (i > 0 && (bits & (SPEECH | NAMING)) !== 0 && tokens[i - 1].kind === 'word' && BE_FORMS.has(tokens[i - 1])) return null;
  // "…," Tate shot back / she went on: the particle completes the verb (and "pointed out that …").
  if ((bits & PHRASAL) !== 0 && tokens[i + 1]?.kind === 'word' && tokens[i + 1].lower === PHRASAL_SPEECH_VERBS.get(t.lower)) return { kind: 'verb', from: i, to: i + 2 };
  if ((bits & SPEECH) !== 0) {
    // "initial reports of the explosion": a form ending in -s followed by "of" is a plural noun,
    // unless its subject stands right before it ("Smith says of the plan").
    if (t.endsWith('s') && !t.is('says') && tokens[i + 1]?.is('of') === true && !afterSubject(tokens, i)) return null;
    // "Clinton restricted comments about …": after a past participle it is a noun too.
    if (t.endsWith('s') && i > 0 && !tokens[i - 1].cap && tokens[i - 1].endsWith('ed')) return null;
    // "The spot concludes with footage of …", "the speech began with a joke": with a word after
    // "with", the verb says how something begins or ends, not what anyone said.
    if (BEGIN_OR_END.has(t) && tokens[i + 1]?.is('with') === true && tokens[i + 2]?.kind === 'word') return null;
    return { kind: 'verb', from: i, to: extend(tokens, i) };
  }
  if ((bits & PARTICIPLE) !== 0) return { kind: 'participle', from: i, to: extend(tokens, i) };
  // A naming verb takes an object ("called it "…""); "a swiftly called, late meeting" is an adjective.
  if ((bits & NAMING) !== 0 && tokens[i + 1] && tokens[i + 1].kind !== 'punct') return { kind: 'naming', from: i, to: i + 1 };
  return null;
}

const BE_FORMS = new TokenSet(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

/** Verbs of saying that also tell how something begins or ends ("concludes with footage"). */
const BEGIN_OR_END = new TokenSet(['concluded', 'concludes', 'began']);

function afterSubject(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (!before || before.kind !== 'word') return false;
  if (before.cap || PERSONAL_PRONOUN.has(before) || ANONYMOUS_NOUN.has(before)) return true;
  if (before.is('also') || before.is('still') || before.is('now') || before.is('often')) return true;
  return before.lowerLength > 4 && before.endsWith('ly');
}

/** The words that belong to the cue after its verb: "told reporters", "wrote on X", "in a statement". */
function extend(tokens: Token[], i: number): number {
  let to = i + 1;
  const next = tokens[to];
  if (!next || next.kind !== 'word') return to;
  if (tokens[i].is('told') || tokens[i].is('telling')) to = audience(tokens, to);
  // "wrote on X." reads X. as an initial: compare without the full stop.
  const platform = onPlatform(tokens, to, i);
  if (platform > to) return platform;
  // "said in a statement", "wrote in a court filing", "said in a post on X"
  if (tokens[to]?.is('in') === true && (tokens[to + 1]?.is('a') === true || tokens[to + 1]?.is('an') === true)) {
    let n = to + 2;
    // One modifier may stand before the noun: "a written statement", "a court filing", "a phone interview".
    if (tokens[n] && !STATEMENT_NOUN.has(tokens[n]) && tokens[n + 1] && STATEMENT_NOUN.has(tokens[n + 1]) && tokens[n].kind === 'word' && !tokens[n].cap) n++;
    if (tokens[n] && tokens[n].kind === 'word' && STATEMENT_NOUN.has(tokens[n])) {
      to = n + 1;
      return Math.max(to, onPlatform(tokens, to, i));
    }
  }
  return to;
}

/** Who was told: "told reporters", "told the BBC", "told The Associated Press", "told the court". */
function audience(tokens: Token[], to: number): number {
  const first = tokens[to];
  if (AUDIENCES.has(first)) return to + 1;
  let n = to;
  if (first.is('the') && tokens[n + 1]?.kind === 'word') {
    if (AUDIENCES.has(tokens[n + 1])) return n + 2;
    n++;
  }
  // A news organization: capitalised words, ending at a possessive or a name's end.
  let e = n;
  // "The Globe and Mail", "The Wall Street Journal": "and" may join capitalised words.
  while (e < tokens.length && e - n < 5 && tokens[e].kind === 'word' && !tokens[e].possessive && (tokens[e].cap || (tokens[e].is('and') && e > n && tokens[e + 1]?.cap))) e++;
  return e > n && endsOutlet(tokens, e) ? e : to;
}

/** The capitalised run told to ends the clause's object: what follows is no part of a longer name. */
function endsOutlet(tokens: Token[], e: number): boolean {
  const after = tokens[e];
  return !after || after.kind !== 'word' || !after.possessive;
}

/** "on X", "on his Telegram channel", "on Truth Social" at tokens[to]; returns the end, or `to`. */
function onPlatform(tokens: Token[], to: number, verb: number): number {
  if (tokens[to]?.is('on') !== true || !tokens[to + 1] || !PLATFORMS.has(tokens[to + 1].lower.replace(/\.$/, ''))) return to;
  let end = to + 2;
  while (end < tokens.length && end - verb < 8 && tokens[end].kind === 'word' && (tokens[end].cap || tokens[end].is('channel') || tokens[end].is('account') || tokens[end].is('page'))) end++;
  return end;
}

/** Who a source tells, as news copy names them after "told". */
const AUDIENCES = new TokenSet([
  'reporters', 'journalists', 'lawmakers', 'legislators', 'senators', 'analysts', 'investors', 'shareholders',
  'supporters', 'voters', 'delegates', 'students', 'viewers', 'listeners', 'readers', 'parliament', 'mps',
  'court', 'jury', 'judge', 'committee', 'panel', 'hearing', 'inquiry', 'inquest', 'tribunal', 'crowd',
  'audience', 'conference', 'meeting', 'house', 'senate', 'assembly', 'council', 'press',
]);
