// The extension's settings, read in one typed place. VS Code settings override `.copydesk.yaml`.
import * as vscode from 'vscode';
import type { RuleId, SeveritySetting } from '../engine/types';

export const SECTION = 'copydesk';

export type RunMode = 'onType' | 'onSave';

export interface CopydeskSettings {
  /** Entity files: paths or globs, relative to the workspace folder. */
  entityFiles: string[];
  rules: Partial<Record<RuleId, SeveritySetting>>;
  run: RunMode;
  codeLensEnabled: boolean;
}

const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'information', 'hint', 'off']);

export function readSettings(scope?: vscode.ConfigurationScope): CopydeskSettings {
  const config = vscode.workspace.getConfiguration(SECTION, scope);
  return {
    entityFiles: stringArray(config.get<unknown>('entityFiles')),
    rules: severityMap(config.get<unknown>('rules')),
    run: config.get<string>('run') === 'onSave' ? 'onSave' : 'onType',
    codeLensEnabled: config.get<boolean>('codeLens.enabled') !== false,
  };
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];
}

/** Keeps only well-formed entries; the engine ignores ids it does not know. */
function severityMap(value: unknown): Partial<Record<RuleId, SeveritySetting>> {
  const out: Partial<Record<RuleId, SeveritySetting>> = {};
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [rule, severity] of Object.entries(value as Record<string, unknown>)) {
    if (typeof severity === 'string' && SEVERITIES.has(severity)) out[rule as RuleId] = severity as SeveritySetting;
  }
  return out;
}
