// The workspace the suites open, copied to a temp folder per run so tests may write files in it.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeTempDir, removeDir } from './paths';

export interface WorkspaceCopy {
  /** The copied folder (it keeps the source folder's name), or a `.code-workspace` file for a multi-root copy. */
  folder: string;
  dispose(): void;
}

export function copyWorkspace(source: string): WorkspaceCopy {
  const parent = makeTempDir('ws');
  const folder = path.join(parent, path.basename(source));
  fs.cpSync(source, folder, { recursive: true });
  return { folder, dispose: () => removeDir(parent) };
}

/** Two copies of the workspace, `a/` and `b/`, opened together through a `.code-workspace` file. */
export function copyMultiRootWorkspace(source: string): WorkspaceCopy {
  const parent = makeTempDir('ws');
  const roots = ['a', 'b'].map((name) => path.join(parent, name, path.basename(source)));
  for (const root of roots) fs.cpSync(source, root, { recursive: true });
  const file = path.join(parent, 'copydesk.code-workspace');
  fs.writeFileSync(file, JSON.stringify({ folders: roots.map((root) => ({ path: root })) }, null, 2));
  return { folder: file, dispose: () => removeDir(parent) };
}
