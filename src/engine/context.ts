// What the later analysis steps (attribution, claims, rules) read: the text and every earlier result.
import type { People } from './attribution/people';
import type { SourceReader } from './attribution/source';
import type { CueMarks } from './claims/cue-marks';
import type { EntityIndex } from './entities/compile';
import type { DocumentKind, Mentions, Prose, Quotes, Sentences } from './types';

export interface AnalysisContext {
  text: string;
  kind: DocumentKind;
  index: EntityIndex;
  prose: Prose;
  sentences: Sentences;
  mentions: Mentions;
  /** The quotes as columns, attributed in place by attributeQuotes. */
  quotes: Quotes;
  /** Where claims' cue words are, as the mention pass found them; without it claims reads the sentences. */
  cueMarks?: CueMarks;
  /**
   * The people attribution met (the document's person mentions and each attributed quote's speaker),
   * left by attributeQuotes for claims to go on from instead of gathering them again.
   */
  people?: People;
  /** The source reader attribution read with, over those people: claims reads with it too. */
  reader?: SourceReader;
}
