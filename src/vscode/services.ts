// What the surfaces share: the entity store and the analysis cache, made once in `activate`.
import type * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import type { EntityStore } from './entityStore';

export interface CopydeskServices {
  store: EntityStore;
  cache: AnalysisCache;
  extensionUri: vscode.Uri;
}
