// Rule severities for a draft: `.copydesk.yaml` first, then the `copydesk.rules` setting over it.
import type * as vscode from 'vscode';
import type { AnalyzeOptions } from '../engine/types';
import type { EntityStore } from './entityStore';
import { readSettings } from './settings';

export type AnalyzeOptionsFor = (uri: vscode.Uri) => AnalyzeOptions;

export function analyzeOptionsFor(store: EntityStore): AnalyzeOptionsFor {
  return (uri) => ({
    rules: { ...store.configFor(uri)?.rules, ...readSettings(uri).rules },
  });
}
