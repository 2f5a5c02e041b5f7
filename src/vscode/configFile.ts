// Reads `.copydesk.yaml` (the same file the CLI reads) from each workspace folder.
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { EntityProblem, RuleId, SeveritySetting } from '../engine/types';
import { readWorkspaceText } from './files';

export const CONFIG_FILE_NAME = '.copydesk.yaml';

export interface FolderConfig {
  uri: vscode.Uri;
  entityFiles: string[];
  rules: Partial<Record<RuleId, SeveritySetting>>;
  problems: EntityProblem[];
}

/** Loads a folder's `.copydesk.yaml`; undefined when there is none. Never throws. */
export async function loadFolderConfig(folder: vscode.Uri): Promise<FolderConfig | undefined> {
  const uri = vscode.Uri.joinPath(folder, CONFIG_FILE_NAME);
  const text = await readWorkspaceText(uri);
  if (text === undefined) return undefined;
  return { uri, ...parseConfigText(text, uri.fsPath) };
}

const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'information', 'hint', 'off']);

function parseConfigText(text: string, path: string): Omit<FolderConfig, 'uri'> {
  const problems: EntityProblem[] = [];
  let data: unknown;
  try {
    data = parse(text, { schema: 'core', maxAliasCount: 100 });
  } catch (error) {
    problems.push({ path, line: 1, column: 1, severity: 'error', message: `Invalid YAML: ${String((error as Error).message)}` });
    return { entityFiles: [], rules: {}, problems };
  }
  const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  const entityFiles = Array.isArray(record.entityFiles)
    ? record.entityFiles.filter((v): v is string => typeof v === 'string')
    : [];
  const rules: Partial<Record<RuleId, SeveritySetting>> = {};
  if (record.rules && typeof record.rules === 'object') {
    for (const [rule, severity] of Object.entries(record.rules as Record<string, unknown>)) {
      if (typeof severity === 'string' && SEVERITIES.has(severity)) rules[rule as RuleId] = severity as SeveritySetting;
    }
  }
  return { entityFiles, rules, problems };
}
