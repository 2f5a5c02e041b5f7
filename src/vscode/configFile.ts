// Reads `.copydesk.yaml` (the same file the CLI reads, parsed by the same parser) from a workspace folder.
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, parseConfig } from '../engine/config';
import type { EntityProblem, RuleId, SeveritySetting } from '../engine/types';
import { readWorkspaceFile } from './files';

export { CONFIG_FILE_NAME };

export interface FolderConfig {
  uri: vscode.Uri;
  entityFiles: string[];
  rules: Partial<Record<RuleId, SeveritySetting>>;
  problems: EntityProblem[];
  text: string | undefined;
}

/** Loads a folder's `.copydesk.yaml`; undefined when there is none. Never throws. */
export async function loadFolderConfig(folder: vscode.Uri): Promise<FolderConfig | undefined> {
  const uri = vscode.Uri.joinPath(folder, CONFIG_FILE_NAME);
  const read = await readWorkspaceFile(uri);
  if (!read.ok) {
    if (read.reason === 'missing') return undefined;
    const message = read.reason === 'too-large' ? 'Config file is too large to read.' : 'Config file could not be read.';
    return { uri, entityFiles: [], rules: {}, problems: [{ path: uri.toString(), line: 1, column: 1, severity: 'error', message }], text: undefined };
  }
  const { config, problems } = parseConfig(read.text, uri.toString());
  return { uri, entityFiles: config.entityFiles, rules: config.rules, problems, text: read.text };
}
