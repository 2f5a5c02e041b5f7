// The engine's plain data: what every analysis step takes and returns.
// Nothing here knows about VS Code or Node; every surface only renders these shapes.

/** Half-open range of UTF-16 offsets into the original document text. */
export interface Range {
  start: number;
  end: number;
}

export type DocumentKind = 'markdown' | 'plaintext';

// ---------------------------------------------------------------- entity lists

export type EntityType = 'person' | 'organization' | 'place';
export type PersonRole = 'official' | 'journalist' | 'other';
export type Pronoun = 'he' | 'she' | 'they';

/** Where in an entity file a value was written (1-based line and column), for errors and "open". */
export interface Origin {
  path: string;
  line: number;
  column: number;
}

export interface SourceRef {
  /** The source id, "report" in `report#p3`. */
  source: string;
  /** The paragraph number, 3 in `report#p3`; null when the ref names only a source. */
  paragraph: number | null;
  /** The ref as written. */
  raw: string;
}

export interface Fact {
  text: string;
  ref: SourceRef | null;
}

export interface EntityQuote {
  text: string;
  ref: SourceRef | null;
}

export interface Source {
  id: string;
  publisher?: string;
  dateline?: string;
  date?: string;
  title?: string;
  url?: string;
  origin?: Origin;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  /** Persons only. */
  role?: PersonRole;
  title?: string;
  titles: string[];
  affiliation?: string;
  aliases: string[];
  descriptors: string[];
  misspellings: string[];
  pronoun?: Pronoun;
  facts: Fact[];
  quotes: EntityQuote[];
  origin?: Origin;
}

export interface EntityList {
  sources: Source[];
  entities: Entity[];
}

export type ProblemSeverity = 'error' | 'warning';

/** A problem found while loading an entity file; line and column are 1-based. */
export interface EntityProblem {
  path: string;
  line: number;
  column: number;
  severity: ProblemSeverity;
  message: string;
}

// ---------------------------------------------------------------- prose

/** What kind of block a paragraph is: 'heading' for markdown ATX/setext headings and a plain-text draft's headline, 'item' for list items, 'blockquote' for block quotes (any depth). */
export type BlockKind = 'paragraph' | 'heading' | 'item' | 'blockquote';

/**
 * The runs of prose the engine reads, mapped to the original text, in text order: columns with one entry
 * per paragraph rather than an object and a range each (a long draft has tens of thousands, and every
 * collection while an analysis runs would copy them).
 */
export interface Paragraphs {
  readonly length: number;
  /** From the first to the last prose character of each paragraph, in the original text. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /**
   * Where each paragraph's prose segments begin in Prose.segments; they end where the next paragraph's
   * begin (the entry at `length` is the number of segments). Every paragraph has at least one.
   */
  readonly firstSegments: Int32Array;
  readonly blocks: readonly BlockKind[];
}

/**
 * The sentences of the prose in text order, as columns with one entry per sentence: where it starts and
 * ends, and its paragraph (an index into Prose.paragraphs). Typed arrays rather than an object and a
 * range per sentence: a long draft has tens of thousands, and every collection while an analysis runs
 * would copy them.
 */
export interface Sentences {
  readonly length: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly paragraphs: Int32Array;
}

/** A Copydesk HTML comment in markdown: a directive or a marker. */
export interface CopydeskComment {
  range: Range;
  /** disable, enable, disable-next-line, verified, source */
  kind: 'disable' | 'enable' | 'disable-next-line' | 'verified' | 'source';
  /** Rule ids for directives (empty: all rules); the marker's text for verified/source. */
  args: string[];
  text: string;
}

/** The prose segments (see Prose.segments) as columns: where each starts and ends. */
export interface Segments {
  readonly length: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

export interface Prose {
  paragraphs: Paragraphs;
  /**
   * The pieces of the paragraphs that are prose, in text order, every paragraph's in this one array
   * (see Paragraphs.firstSegments) rather than an array each. Skipped constructs inside a paragraph
   * (inline code, HTML, link destinations, autolinks, markdown syntax like `> ` or `**`) fall between
   * segments. For plain text a paragraph is usually one segment, its range. Columns, as paragraphs are.
   */
  segments: Segments;
  /**
   * Links, footnote references and similar citations inside prose, for verified claims: a link's text
   * (the whole link when it has none), a footnote reference with its brackets. Never empty.
   */
  citations: Range[];
  comments: CopydeskComment[];
}

// ---------------------------------------------------------------- mentions

export type MentionKind =
  | 'name'
  | 'alias'
  | 'surname'
  | 'descriptor'
  | 'pronoun'
  | 'misspelling'
  | 'unlisted';

/** One mention as a surface reads it (`mentionAt` in engine/mentions/columns.ts makes it from the columns). */
export interface Mention {
  range: Range;
  /** Listed entity id; null for unlisted people. */
  entity: string | null;
  /** The canonical name: the entity's `name`, or the unlisted person's name as written. */
  name: string;
  kind: MentionKind;
  /** Written with 's / ’s (or a bare ' after s). The range includes the possessive ending. */
  possessive: boolean;
  /** For unlisted people introduced by a title or role: that title ("Kremlin aide"). */
  title?: string;
  /** For misspellings: the house form that should replace the text of `range`. */
  fix?: string;
  /** Index of the sentence the mention lies in (into Analysis.sentences). */
  sentence: number;
}

/**
 * Who a mention names and how it is written apart from its place: the same for every mention of one
 * person written the same way, so one object serves them all.
 */
export interface MentionTarget {
  /** Listed entity id; null for unlisted people. */
  entity: string | null;
  /** The canonical name: the entity's `name`, or the unlisted person's name as written. */
  name: string;
  /** For unlisted people introduced by a title or role: that title ("Kremlin aide"). */
  title?: string;
  /** For misspellings: the house form that should replace the mention's text. */
  fix?: string;
}

/**
 * Every mention, sorted by start (an outer mention before one nested in it), as columns with one entry
 * per mention rather than an object and a range each: a long draft has tens of thousands, kept for the
 * whole analysis, and every collection while it runs would copy them. `mentionAt` reads one as a Mention.
 */
export interface Mentions {
  readonly length: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** The sentence each lies in (an index into Analysis.sentences). */
  readonly sentences: Int32Array;
  /** Each one's kind, as its index in MENTION_KINDS (engine/mentions/columns.ts). */
  readonly kinds: Uint8Array;
  /** 1 where it is written with 's / ’s (or a bare ' after s), else 0. */
  readonly possessive: Uint8Array;
  /** Each one's target, as an index into `targets`. */
  readonly target: Int32Array;
  readonly targets: readonly MentionTarget[];
}

// ---------------------------------------------------------------- quotes and attribution

export type AttributionMethod =
  | 'named'
  | 'descriptor'
  | 'pronoun'
  | 'continuation'
  | 'anonymous'
  | 'none';

export interface Speaker {
  name: string;
  /** null for a named speaker not in the entity list. */
  entity: string | null;
}

export interface Attribution {
  speaker: Speaker | null;
  /** The words naming who: "Umerov", "he", "a White House official". */
  source: Range | null;
  /** "said", "told reporters", "according to". */
  cue: Range | null;
  method: AttributionMethod;
}

export interface Quote extends Attribution {
  /** From the opening mark to the closing mark, or to the end of its last paragraph if unclosed. */
  range: Range;
  /** Text between the marks. */
  content: Range;
  closed: boolean;
  /**
   * The first and last paragraph the quote spans, as indexes into Prose.paragraphs: the same for most,
   * apart for a quote that runs over several by the multi-paragraph convention.
   */
  firstParagraph: number;
  lastParagraph: number;
  /** A short phrase nobody speaks (scare quote, title, slogan); not counted as a quote needing a speaker. */
  scare: boolean;
}

/**
 * Every quote in text order, as columns with one entry per quote rather than an object and up to four
 * ranges each: a long draft has tens of thousands, and every collection while they are alive would copy
 * them. Attribution writes the speaker, source, cue, method and scare flag in place. `quoteAt` in
 * engine/quotes/columns.ts reads one as a Quote, `quoteList` all of them.
 */
export interface Quotes {
  readonly length: number;
  /** From the opening mark to the closing mark, or to the end of its last paragraph if unclosed. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly firstParagraphs: Int32Array;
  readonly lastParagraphs: Int32Array;
  /** 1 where the closing mark was found, else 0. */
  readonly closed: Uint8Array;
  /** 1 for a short phrase nobody speaks (see Quote.scare), else 0. */
  readonly scare: Uint8Array;
  /** The source and the cue; -1 at both ends where a quote has none. */
  readonly sourceStarts: Int32Array;
  readonly sourceEnds: Int32Array;
  readonly cueStarts: Int32Array;
  readonly cueEnds: Int32Array;
  /** Each one's method, as its index in ATTRIBUTION_METHODS (attribution/methods.ts). */
  readonly methods: Uint8Array;
  /** Each one's speaker; null for none (and for an anonymous source). */
  readonly speakers: (Speaker | null)[];
  /**
   * 1 where a quote run over paragraphs by the multi-paragraph convention looks like two quotes, the
   * first one's closing mark missing: its last paragraph's quote is another named speaker's than its
   * first's (runsIntoAnotherSpeaker in attribution.ts). The unbalanced-quote rule reports it.
   */
  readonly missingClose: Uint8Array;
}

export type ClaimStatus = 'attributed' | 'anonymous' | 'verified' | 'unattributed';

export interface Claim extends Attribution {
  /** The sentence. */
  range: Range;
  /** The reported part of a reported statement ("that Ukraine and …"), else null. */
  content: Range | null;
  status: ClaimStatus;
  hedged: boolean;
  /** The hedge words, when hedged. */
  hedge: Range | null;
}

/**
 * Every claim in text order, as columns with one entry per claim rather than an object and up to five
 * ranges each (a long draft has tens of thousands, kept for the whole analysis). `claimAt` in
 * engine/claims/columns.ts reads one as a Claim.
 */
export interface Claims {
  readonly length: number;
  /** The sentence. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** The reported part, the hedge words, the source and the cue; -1 at both ends where a claim has none. */
  readonly contentStarts: Int32Array;
  readonly contentEnds: Int32Array;
  readonly hedgeStarts: Int32Array;
  readonly hedgeEnds: Int32Array;
  readonly sourceStarts: Int32Array;
  readonly sourceEnds: Int32Array;
  readonly cueStarts: Int32Array;
  readonly cueEnds: Int32Array;
  /**
   * Each one's status and method, as their indexes in CLAIM_STATUSES (claims/columns.ts) and
   * ATTRIBUTION_METHODS (attribution/methods.ts).
   */
  readonly statuses: Uint8Array;
  readonly methods: Uint8Array;
  /** 1 where the claim is hedged, else 0. */
  readonly hedged: Uint8Array;
  /** Each one's speaker as an index into `speakers`; -1 for none. */
  readonly speaker: Int32Array;
  readonly speakers: readonly Speaker[];
}

// ---------------------------------------------------------------- findings

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';

export type RuleId =
  | 'unattributed-quote'
  | 'anonymous-source'
  | 'unattributed-claim'
  | 'hedged-claim'
  | 'unknown-speaker'
  | 'name-spelling'
  | 'title-mismatch'
  | 'first-reference'
  | 'unbalanced-quote';

export interface Fix {
  range: Range;
  replacement: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  range: Range;
  fix: Fix | null;
}

// ---------------------------------------------------------------- analysis

export interface AnalyzeOptions {
  /** Severity per rule; absent rules keep their default. */
  rules?: Partial<Record<RuleId, SeveritySetting>>;
}

export interface Analysis {
  kind: DocumentKind;
  /** The analysed text's length, so callers can check the analysis matches their text. */
  length: number;
  prose: Prose;
  sentences: Sentences;
  mentions: Mentions;
  quotes: Quotes;
  claims: Claims;
  diagnostics: Finding[];
}
