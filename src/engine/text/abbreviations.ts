// Abbreviations that end in a full stop, and the words around them that tell whether that stop also
// ends a sentence. Word lists a copy editor would recognise (AP style), not fitted to any one text.

/** What a full stop after a word means for sentence splitting. */
export type StopKind =
  /** Mr., Sen., Gen.: a name always follows; the stop never ends a sentence. */
  | 'title'
  /** e.g., i.e., vs., cf.: always followed by more of the same sentence. */
  | 'inner'
  /** Dec., No., Art.: no boundary before a number ("Dec. 19", "No. 1"); otherwise like 'ambiguous'. */
  | 'before-number'
  /** U.S., a.m., Inc., Jr., Calif., etc.: can end a sentence; decided by the next word. */
  | 'ambiguous'
  /**
   * Part of a name: a single capital letter (an initial: "J. Smith", "John F. Kennedy"), St., Jr.,
   * Sr.; ends a sentence only before a typical sentence opener ("plan B. The …").
   */
  | 'name-part'
  /** Any other word: the stop ends the sentence when a new one plausibly starts. */
  | 'word';

const TITLES = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mmes', 'dr', 'drs', 'prof', 'gov', 'govs', 'sen', 'sens', 'rep', 'reps',
  'gen', 'gens', 'lt', 'col', 'capt', 'cmdr', 'cmdt', 'maj', 'brig', 'adm', 'sgt', 'cpl', 'pvt', 'rev',
  'hon', 'pres', 'atty', 'supt', 'det', 'insp', 'amb', 'fr', 'msgr', 'mt', 'ft',
]);

const NAME_PARTS = new Set(['st', 'ste', 'jr', 'sr']);

const INNER = new Set(['e.g', 'i.e', 'vs', 'v', 'cf', 'viz', 'approx', 'ca', 'incl', 'esp']);

const BEFORE_NUMBER = new Set([
  'no', 'nos', 'vol', 'vols', 'art', 'arts', 'fig', 'figs', 'p', 'pp', 'ch', 'sec', 'para', 'op',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

const AMBIGUOUS = new Set([
  'etc', 'inc', 'corp', 'co', 'cos', 'ltd', 'plc', 'bros', 'ave', 'blvd', 'rd',
  'dept', 'univ', 'assn', 'est', 'mass',
  // AP state abbreviations (the multi-letter dotted ones, like N.Y., are caught as acronyms)
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky',
  'la', 'md', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'vt',
  'va', 'wash', 'wis', 'wyo',
]);

/**
 * Classifies the word before a full stop, given as written without that final stop ("U.S" for
 * "U.S.", "Mr" for "Mr.").
 */
export function classifyStop(word: string): StopKind {
  if (word.length === 0) return 'word';
  const lower = word.toLowerCase();
  if (word.length === 1) {
    const c = word.charCodeAt(0);
    if (c >= 65 && c <= 90) return 'name-part';
    if (lower === 'p' || lower === 'v') return lower === 'p' ? 'before-number' : 'inner';
    return 'word';
  }
  if (TITLES.has(lower)) return 'title';
  if (NAME_PARTS.has(lower)) return 'name-part';
  if (INNER.has(lower)) return 'inner';
  if (BEFORE_NUMBER.has(lower)) return 'before-number';
  if (AMBIGUOUS.has(lower)) return 'ambiguous';
  if (isDottedAcronym(word, 0, word.length)) return 'ambiguous';
  return 'word';
}

/** The longest word in the lists above. */
const LONGEST_LISTED = Math.max(...[TITLES, NAME_PARTS, INNER, BEFORE_NUMBER, AMBIGUOUS].flatMap((set) => [...set].map((w) => w.length)));

/** Bits per character of a packed word: a–z as 1–26, "." as 27 (never 0, so lengths stay apart). */
const PACK_BITS = 5;

/**
 * The word text[from, to) in lower case as one small integer, when it is 2 to LONGEST_LISTED ASCII
 * letters and dots (LONGEST_LISTED × PACK_BITS fits in 30 bits); 0 otherwise.
 */
function packedWord(text: string, from: number, to: number): number {
  if (to - from < 2 || to - from > LONGEST_LISTED) return 0;
  let packed = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20; // a–z for A–Z and a–z only
    let value: number;
    if (lower >= 97 && lower <= 122) value = lower - 96;
    else if (c === 46) value = 27;
    else return 0;
    packed = (packed << PACK_BITS) | value;
  }
  return packed;
}

/** The listed words' kinds by packed word, the first list in `classifyStop`'s order winning. */
const KIND_BY_PACKED = new Map<number, StopKind>();
for (const [kind, set] of [['title', TITLES], ['name-part', NAME_PARTS], ['inner', INNER], ['before-number', BEFORE_NUMBER], ['ambiguous', AMBIGUOUS]] as const) {
  for (const word of set) {
    const packed = packedWord(word, 0, word.length);
    if (packed !== 0 && !KIND_BY_PACKED.has(packed)) KIND_BY_PACKED.set(packed, kind);
  }
}

/**
 * `classifyStop` of the word text[from, to), without making a string for the usual words: one too
 * long to be listed that is no dotted acronym is a plain word, and a short ASCII one is looked up
 * packed into a number.
 */
export function classifyStopAt(text: string, from: number, to: number): StopKind {
  if (to - from > LONGEST_LISTED && text.charCodeAt(from + 1) !== 46) return 'word';
  const packed = packedWord(text, from, to);
  if (packed === 0) return classifyStop(text.slice(from, to));
  return KIND_BY_PACKED.get(packed) ?? (isDottedAcronym(text, from, to) ? 'ambiguous' : 'word');
}

/** "U.S", "a.m", "D.C", "N.Y": single letters joined by stops, in text[from, to). */
function isDottedAcronym(text: string, from: number, to: number): boolean {
  const length = to - from;
  if (length < 3) return false;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(from + i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (i % 2 === 0 ? !letter : c !== 46) return false;
  }
  return length % 2 === 1;
}

/**
 * Capitalised words that, after an abbreviation such as "U.S." or "a.m.", continue the same phrase
 * rather than start a new sentence: titles, institutions, days, months, time zones.
 */
const CONTINUATIONS = new Set([
  'president', 'vice', 'secretary', 'senator', 'sen', 'representative', 'rep', 'congressman',
  'congresswoman', 'governor', 'gov', 'ambassador', 'envoy', 'special', 'attorney', 'general', 'gen',
  'judge', 'district', 'circuit', 'appeals', 'magistrate', 'army', 'navy', 'air', 'marine', 'marines',
  'coast', 'embassy', 'consulate', 'department', 'senate', 'house', 'congress', 'supreme', 'court',
  'treasury', 'treasuries', 'government', 'justice', 'military', 'forces', 'force', 'census', 'capitol',
  'postal', 'trade', 'chief', 'chairman', 'chairwoman', 'chair', 'ceo', 'executive', 'director',
  'officer', 'commander', 'central', 'federal', 'national', 'state', 'intelligence', 'agency', 'bureau',
  'office', 'defense', 'border', 'customs', 'immigration', 'olympic', 'olympics', 'open', 'dollar',
  'dollars', 'bank', 'mint', 'highway', 'route', 'command', 'mission', 'council', 'security',
  'assembly', 'envoys', 'officials', 'troops', 'forces', 'citizens', 'allies', 'lawmakers',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'et', 'ct', 'mt', 'pt', 'gmt', 'utc',
  'bst', 'cet', 'cest', 'time', 'local',
]);

/** Words that typically open a sentence; after an initial ("Plan B. The …") they mark a boundary. */
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'our',
  'my', 'your', 'this', 'that', 'these', 'those', 'there', 'here', 'but', 'and', 'or', 'so', 'yet',
  'in', 'on', 'at', 'for', 'after', 'before', 'when', 'while', 'as', 'if', 'since', 'although',
  'though', 'meanwhile', 'however', 'still', 'now', 'then', 'some', 'many', 'most', 'both', 'each',
  'every', 'no', 'not', 'one', 'last', 'earlier', 'later', 'what', 'who', 'why', 'how', 'where',
  'asked', 'also', 'even', 'other', 'such', 'all', 'none', 'neither', 'nor', 'instead', 'under',
]);

export function isContinuationWord(word: string): boolean {
  return CONTINUATIONS.has(word.toLowerCase());
}

export function isSentenceStarter(word: string): boolean {
  return SENTENCE_STARTERS.has(word.toLowerCase());
}

/** A stop after this word cannot end a sentence, whatever follows (used at line ends in plain text). */
export function stopNeverEnds(word: string): boolean {
  const kind = classifyStop(word);
  return kind === 'title' || kind === 'inner' || (kind === 'name-part' && word.length === 1);
}
