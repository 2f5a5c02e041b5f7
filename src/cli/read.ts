// Reads a checked or loaded file as text: UTF-8, BOM removed, binary and invalid UTF-8 refused.
import * as fs from 'node:fs';
import { isUtf8 } from 'node:buffer';

export type ReadResult = { text: string; error: null } | { text: null; error: string };

/** Drafts and lists are text; anything this large is a mistake, not copy. */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export function readText(path: string): ReadResult {
  let bytes: Buffer;
  try {
    const size = fs.statSync(path).size;
    if (size > MAX_FILE_BYTES) return { text: null, error: `too large (${size} bytes; the limit is ${MAX_FILE_BYTES}), not read` };
    bytes = fs.readFileSync(path);
  } catch (error) {
    return { text: null, error: describeFsError(error) };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { text: null, error: `binary file (a NUL byte at byte ${nul}), not checked` };
  if (!isUtf8(bytes)) return { text: null, error: `not valid UTF-8 (first bad byte at byte ${firstInvalidUtf8(bytes)}), not checked` };
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { text, error: null };
}

/** A short, human message for a file system error: no stack, no errno numbers. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or directory';
    case 'EACCES':
    case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a directory, expected a file';
    case 'ENOTDIR': return 'a part of the path is not a directory';
    case 'ELOOP': return 'symlink loop';
    case 'ENAMETOOLONG': return 'path too long';
    default: return `cannot be read${code ? ` (${code})` : ''}`;
  }
}

/** The offset of the first byte that breaks UTF-8 (only called when the buffer is known invalid). */
function firstInvalidUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
