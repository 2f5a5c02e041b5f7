// Where the cue and hedge words claims looks for begin (claims/cue-words.ts, read as holdsCueWord reads
// them), recorded by the mention pass as it tokenizes each paragraph (text/offset-record.ts). Claims
// then asks whether a sentence holds one with a search from where the last sentence's answer was,
// instead of reading the sentence's characters again.
import { OffsetRecord } from '../text/offset-record';
import { NearSearch } from './count-near';

export class CueMarks extends OffsetRecord {
  /** Questions come in text order: each search starts where the last one ended. */
  private readonly search = new NearSearch();

  /** Whether a cue word begins in text[start, end). */
  holdsAny(start: number, end: number): boolean {
    return this.search.holdsValueIn(this.ascending(), this.length, start, end);
  }
}
