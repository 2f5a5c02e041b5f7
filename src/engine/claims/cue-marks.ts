// Where the cue and hedge words claims looks for begin (claims/cue-words.ts, read as holdsCueWord reads
// them), recorded by the mention pass as it tokenizes each paragraph: text offsets, in order, in an
// Int32Array that grows by doubling. Claims then asks whether a sentence holds one with a search from
// where the last sentence's answer was, instead of reading the sentence's characters again. Trusted
// only when `complete`: a pass that stopped early leaves claims to read the characters itself.
import { NearSearch } from './count-near';

export class CueMarks {
  /** The whole prose of the analysis was read. */
  complete = false;
  private starts = new Int32Array(1024);
  private count = 0;
  private sorted = true;
  /** Questions come in text order: each search starts where the last one ended. */
  private readonly search = new NearSearch();

  add(at: number): void {
    const last = this.count > 0 ? this.starts[this.count - 1]! : -1;
    if (at === last) return;
    if (at < last) this.sorted = false;
    if (this.count === this.starts.length) {
      const grown = new Int32Array(this.count * 2);
      grown.set(this.starts);
      this.starts = grown;
    }
    this.starts[this.count++] = at;
  }

  /** Whether a cue word begins in text[start, end). */
  holdsAny(start: number, end: number): boolean {
    if (!this.sorted) {
      this.starts.subarray(0, this.count).sort();
      this.sorted = true;
    }
    return this.search.holdsValueIn(this.starts, this.count, start, end);
  }
}
