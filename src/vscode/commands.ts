// Registers every command handler. Each handler is a named function; the work lives in its own module.
import * as vscode from 'vscode';
import type { AddToEntityListArgs } from './actions';
import { checkAttributions, checkWorkspace, type CheckDeps } from './checkCommands';
import {
  ADD_TO_ENTITY_LIST,
  CHECK_ATTRIBUTIONS,
  CHECK_WORKSPACE,
  OPEN_ENTITY_LIST,
  RELOAD_ENTITY_LISTS,
  TOGGLE_CODE_LENSES,
} from './commandIds';
import { addToEntityList, openEntityList, reloadEntityLists } from './entityListCommands';
import { SECTION } from './settings';

export function registerCommands(context: vscode.ExtensionContext, deps: CheckDeps): void {
  const checkAttributionsCommand = (uri?: vscode.Uri) => checkAttributions(deps, uri instanceof vscode.Uri ? uri : undefined);
  const checkWorkspaceCommand = () => checkWorkspace(deps);
  const openEntityListCommand = () => openEntityList(deps.store);
  const reloadEntityListsCommand = () => reloadEntityLists(deps.store);
  const addToEntityListCommand = (args: AddToEntityListArgs) => addToEntityList(deps.store, args);

  context.subscriptions.push(
    vscode.commands.registerCommand(CHECK_ATTRIBUTIONS, checkAttributionsCommand),
    vscode.commands.registerCommand(CHECK_WORKSPACE, checkWorkspaceCommand),
    vscode.commands.registerCommand(OPEN_ENTITY_LIST, openEntityListCommand),
    vscode.commands.registerCommand(RELOAD_ENTITY_LISTS, reloadEntityListsCommand),
    vscode.commands.registerCommand(TOGGLE_CODE_LENSES, toggleCodeLenses),
    vscode.commands.registerCommand(ADD_TO_ENTITY_LIST, addToEntityListCommand),
  );
}

/** Flips `copydesk.codeLens.enabled` where it is set (workspace or user); returns the new value. */
export async function toggleCodeLenses(): Promise<boolean> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const inspected = config.inspect<boolean>('codeLens.enabled');
  const enabled = config.get<boolean>('codeLens.enabled') !== false;
  const target =
    inspected?.workspaceFolderValue !== undefined
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : inspected?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
  await config.update('codeLens.enabled', !enabled, target);
  return !enabled;
}
