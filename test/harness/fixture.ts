// The workspace the suites open, copied to a temp folder per run so tests may write files in it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTempDir, removeDir } from './paths';

export interface WorkspaceCopy {
  /** The copied folder; it keeps the source folder's name. */
  folder: string;
  dispose(): void;
}

export function copyWorkspace(source: string): WorkspaceCopy {
  const parent = makeTempDir('ws');
  const folder = path.join(parent, path.basename(source));
  fs.cpSync(source, folder, { recursive: true });
  return { folder, dispose: () => removeDir(parent) };
}
