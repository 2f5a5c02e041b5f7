// Paths from the command line → the files to check, folders walked in sorted path order.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentKind } from '../engine/types';
import { describeFsError } from './read';

export interface CheckedFile {
  /** As given on the command line, or the given folder joined with the walked part. */
  path: string;
  kind: DocumentKind;
}

export interface WalkResult {
  files: CheckedFile[];
  /** One message per unusable path, already prefixed with the path. */
  errors: string[];
}

const SKIPPED_FOLDERS = new Set(['node_modules']);

export function kindOf(file: string): DocumentKind | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  if (ext === '.txt') return 'plaintext';
  return null;
}

export function collectFiles(paths: readonly string[]): WalkResult {
  const result: WalkResult = { files: [], errors: [] };
  const seen = new Set<string>();
  const add = (file: CheckedFile) => {
    if (seen.has(file.path)) return;
    seen.add(file.path);
    result.files.push(file);
  };
  for (const given of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(given);
    } catch (error) {
      result.errors.push(`${given}: ${describeFsError(error)}`);
      continue;
    }
    if (stat.isDirectory()) {
      const found: CheckedFile[] = [];
      walkFolder(given, fs.realpathSync(given), new Set(), found, result.errors);
      if (found.length === 0) result.errors.push(`${given}: no .md, .markdown or .txt files to check`);
      found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      found.forEach(add);
    } else if (!stat.isFile()) {
      result.errors.push(`${given}: not a regular file or folder`);
    } else {
      const kind = kindOf(given);
      if (kind) add({ path: given, kind });
      else result.errors.push(`${given}: not a .md, .markdown or .txt file`);
    }
  }
  return result;
}

/** `ancestors` holds the real paths of the folders on the way down, to catch symlinks back up. */
function walkFolder(folder: string, real: string, ancestors: Set<string>, found: CheckedFile[], errors: string[]): void {
  ancestors.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    errors.push(`${folder}: ${describeFsError(error)}`);
    ancestors.delete(real);
    return;
  }
  for (const entry of entries) {
    const child = joinGiven(folder, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = fs.statSync(child);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        // A dangling or looping link named like a draft is a draft we cannot read; others are noise.
        if (kindOf(entry.name)) errors.push(`${child}: ${describeFsError(error)}`);
        else if ((error as NodeJS.ErrnoException).code === 'ELOOP') errors.push(`${child}: symlink loop`);
        continue;
      }
    }
    if (isDirectory) {
      if (entry.name.startsWith('.') || SKIPPED_FOLDERS.has(entry.name)) continue;
      let childReal: string;
      try {
        childReal = fs.realpathSync(child);
      } catch (error) {
        errors.push(`${child}: ${describeFsError(error)}`);
        continue;
      }
      if (ancestors.has(childReal)) {
        errors.push(`${child}: symlink loop (it leads back to a folder already being walked)`);
        continue;
      }
      walkFolder(child, childReal, ancestors, found, errors);
    } else if (kindOf(entry.name)) {
      if (isFile) found.push({ path: child, kind: kindOf(entry.name)! });
      else errors.push(`${child}: not a regular file`);
    }
  }
  ancestors.delete(real);
}

/** Joins without normalizing, so walked paths start exactly as the user wrote the folder. */
function joinGiven(folder: string, name: string): string {
  return folder.endsWith('/') || folder.endsWith(path.sep) ? folder + name : `${folder}${path.sep}${name}`;
}
