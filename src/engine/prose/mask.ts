// The characters of a document that are markdown syntax or skipped content, not prose.
//
// One byte per character, plus one byte per block of 64 characters that says whether any of them is
// masked: most of a draft is plain prose, and a native search of the blocks skips it 64 characters
// at a time where a search of the bytes would visit each one.

const BLOCK_SHIFT = 6;
const BLOCK_SIZE = 1 << BLOCK_SHIFT;

/**
 * Backing stores reused from one document to the next: the first writes to a freshly allocated
 * megabyte fault its pages in, which costs more than clearing the one already held. Only the block
 * marks are cleared for a new document: a block's bytes are cleared when it is first marked (see
 * `markBlock`), so a draft with little markdown never rewrites the megabyte of bytes, nor pulls it
 * through the cache.
 */
let scratchBytes = new Uint8Array(0);
let scratchBlocks = new Uint8Array(0);

/** A view of the first `length` bytes of the reused store, in any state. */
function reusedBytes(length: number): Uint8Array {
  if (scratchBytes.length < length) scratchBytes = new Uint8Array(length);
  return scratchBytes.subarray(0, length);
}

function clearedBlocks(length: number): Uint8Array {
  if (scratchBlocks.length < length) scratchBlocks = new Uint8Array(length);
  else scratchBlocks.fill(0, 0, length);
  return scratchBlocks.subarray(0, length);
}
/** Below this length a loop beats a native fill, which costs a call of its own. */
const SHORT_FILL = 16;

export class SkipMask {
  /** Per character, 1 when masked; meaningful only in the blocks marked in `blocks`. */
  private readonly bytes: Uint8Array;
  /** Per block of 64 characters, 1 when any of them is masked. */
  private readonly blocks: Uint8Array;
  /** The last `nextMasked` search, reused while it still answers: from where, and what it found. */
  private maskedFrom = -1;
  private maskedFound = -1;
  /** The same for `nextUnmasked`. */
  private unmaskedFrom = -1;
  private unmaskedFound = -1;

  constructor(readonly length: number) {
    this.bytes = reusedBytes(length);
    this.blocks = clearedBlocks((length >> BLOCK_SHIFT) + 1);
  }

  isMasked(i: number): boolean {
    return this.blocks[i >> BLOCK_SHIFT] === 1 && this.bytes[i] === 1;
  }

  set(i: number): void {
    this.markBlock(i >> BLOCK_SHIFT);
    this.bytes[i] = 1;
    this.forgetSearches();
  }

  /** Masks [from, to). */
  fill(from: number, to: number): void {
    if (to <= from) return;
    const first = from >> BLOCK_SHIFT;
    const last = (to - 1) >> BLOCK_SHIFT;
    // Blocks in between are masked whole by the fill below: only the two ends need clearing first.
    this.markBlock(first);
    if (last !== first) {
      if (last > first + 1) this.blocks.fill(1, first + 1, last);
      this.markBlock(last);
    }
    const bytes = this.bytes;
    if (to - from < SHORT_FILL) {
      for (let i = from; i < to; i++) bytes[i] = 1;
    } else bytes.fill(1, from, to);
    this.forgetSearches();
  }

  /**
   * The first masked character at or after `from`; the length when there is none. Searches made in
   * text order read each part of the mask about once.
   */
  nextMasked(from: number): number {
    if (this.maskedFrom >= 0 && this.maskedFrom <= from && from <= this.maskedFound) return this.maskedFound;
    const { bytes, blocks, length } = this;
    let found = length;
    let block = from >> BLOCK_SHIFT;
    while ((block = blocks.indexOf(1, block)) >= 0) {
      const end = Math.min(length, (block + 1) << BLOCK_SHIFT);
      let i = Math.max(from, block << BLOCK_SHIFT);
      while (i < end && bytes[i] === 0) i++;
      if (i < end) {
        found = i;
        break;
      }
      block++;
    }
    this.maskedFrom = from;
    this.maskedFound = found;
    return found;
  }

  /**
   * The first character at or after `from` that is not masked; the length when there is none. The
   * bytes are read only inside marked blocks: an unmarked block starts unmasked.
   */
  nextUnmasked(from: number): number {
    if (this.unmaskedFrom >= 0 && this.unmaskedFrom <= from && from <= this.unmaskedFound) return this.unmaskedFound;
    const { bytes, blocks, length } = this;
    let i = from;
    while (i < length && blocks[i >> BLOCK_SHIFT] === 1) {
      const end = Math.min(length, ((i >> BLOCK_SHIFT) + 1) << BLOCK_SHIFT);
      while (i < end && bytes[i] === 1) i++;
      if (i < end) break;
    }
    const found = Math.min(i, length);
    this.unmaskedFrom = from;
    this.unmaskedFound = found;
    return found;
  }

  /** Marks block `b` as holding masked characters, clearing its bytes if it was not marked yet. */
  private markBlock(b: number): void {
    if (this.blocks[b] === 1) return;
    this.blocks[b] = 1;
    const start = b << BLOCK_SHIFT;
    this.bytes.fill(0, start, Math.min(this.length, start + BLOCK_SIZE));
  }

  private forgetSearches(): void {
    this.maskedFrom = -1;
    this.unmaskedFrom = -1;
  }
}
