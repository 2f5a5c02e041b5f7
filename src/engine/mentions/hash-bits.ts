// A filter of word hashes: one bit per value of a hash's low 16 bits. A clear bit rules a word out with
// one load, before any set is probed; a set bit may be another hash's, so callers confirm a hit (on a
// set or on the text) or only use it to skip work.

export type HashBits = Uint32Array;

export function newHashBits(): HashBits {
  return new Uint32Array(0x800);
}

export function addHashBit(bits: HashBits, hash: number): void {
  bits[(hash >>> 5) & 0x7ff] |= 1 << (hash & 31);
}

export function mayHaveHash(bits: HashBits, hash: number): boolean {
  return (bits[(hash >>> 5) & 0x7ff]! & (1 << (hash & 31))) !== 0;
}
