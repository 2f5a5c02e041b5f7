// Offsets one pass records for a later one (where cue words begin, where quotation marks stand): an
// Int32Array that grows by doubling, read in ascending order. Trusted only when `complete`: a pass
// that stopped early leaves the reader to find the offsets itself.
import { doubled } from './arrays';

export class OffsetRecord {
  /** The whole prose of the analysis was read. */
  complete = false;
  protected starts = new Int32Array(1024);
  protected count = 0;
  private sorted = true;

  /** Records `at`; the same offset twice in a row is kept once. */
  add(at: number): void {
    const last = this.count > 0 ? this.starts[this.count - 1]! : -1;
    if (at === last) return;
    if (at < last) this.sorted = false;
    if (this.count === this.starts.length) this.starts = doubled(this.starts);
    this.starts[this.count++] = at;
  }

  /** How many offsets are recorded. */
  get length(): number {
    return this.count;
  }

  /** The offsets in ascending order: the first `length` entries of the array returned. */
  ascending(): Int32Array {
    if (!this.sorted) {
      this.starts.subarray(0, this.count).sort();
      this.sorted = true;
    }
    return this.starts;
  }
}
