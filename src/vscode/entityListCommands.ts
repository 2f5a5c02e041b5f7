// Open Entity List, Reload Entity Lists, and adding an unlisted speaker to the workspace entity list.
import * as vscode from 'vscode';
import type { AddToEntityListArgs } from './actions';
import { CONFIG_FILE_NAME } from './configFile';
import type { EntityStore, WorkspaceEntityFile } from './entityStore';
import { addEntityFileToConfig, addPersonToEntityYaml, YamlEditError } from './entityYamlEdit';
import { readWorkspaceFile, writeWorkspaceText } from './files';

/** Where a workspace without entity files of its own gets one (and `.copydesk.yaml` lists it). */
export const DEFAULT_ENTITY_FILE = 'copydesk-entities.yaml';
const GLOB_CHARACTERS = /[*?[\]{}]/;

/** Opens the workspace entity list (a pick when there are several), or the bundled one. */
export async function openEntityList(store: EntityStore): Promise<vscode.Uri> {
  await store.whenReady();
  const existing: vscode.Uri[] = [];
  for (const file of store.workspaceFiles) if ((await readWorkspaceFile(file.uri)).ok) existing.push(file.uri);
  let uri = existing[0] ?? store.bundledUri;
  if (existing.length > 1) {
    const picked = await vscode.window.showQuickPick(
      [...existing, store.bundledUri].map((u) => ({ label: vscode.workspace.asRelativePath(u), uri: u })),
      { placeHolder: 'Entity list to open' },
    );
    if (!picked) return uri;
    uri = picked.uri;
  }
  await vscode.window.showTextDocument(uri, { preview: false });
  return uri;
}

export async function reloadEntityLists(store: EntityStore): Promise<number> {
  await store.reload();
  const count = store.index.list.entities.length;
  vscode.window.setStatusBarMessage(`Copydesk: ${count} entities loaded`, 3000);
  return count;
}

/** Appends the person to the folder's first plain-path entity file, creating it (and listing it in `.copydesk.yaml`) if needed. */
export async function addToEntityList(store: EntityStore, args: AddToEntityListArgs): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.getWorkspaceFolder(args.document) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage('Copydesk: open a folder to keep a workspace entity list.');
    return undefined;
  }
  await store.whenReady();
  const target = targetFile(store.workspaceFiles, folder);
  try {
    const current = await readWorkspaceFile(target);
    if (!current.ok && current.reason !== 'missing') throw new YamlEditError(`${vscode.workspace.asRelativePath(target)} cannot be read.`);
    const person = args.title ? { name: args.name, title: args.title } : { name: args.name };
    const { text } = addPersonToEntityYaml(current.ok ? current.text : undefined, person);
    if (!store.workspaceFiles.some((f) => f.uri.toString() === target.toString())) {
      const configUri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
      const config = await readWorkspaceFile(configUri);
      await writeWorkspaceText(configUri, addEntityFileToConfig(config.ok ? config.text : undefined, DEFAULT_ENTITY_FILE));
    }
    await writeWorkspaceText(target, text);
  } catch (error) {
    const message = error instanceof YamlEditError ? error.message : String((error as Error)?.message ?? error);
    void vscode.window.showErrorMessage(`Copydesk: could not add ${args.name}: ${message}`);
    return undefined;
  }
  await store.reload();
  return target;
}

function targetFile(files: readonly WorkspaceEntityFile[], folder: vscode.WorkspaceFolder): vscode.Uri {
  const own = files.find((f) => f.folder.uri.toString() === folder.uri.toString() && !GLOB_CHARACTERS.test(f.pattern));
  return own?.uri ?? vscode.Uri.joinPath(folder.uri, DEFAULT_ENTITY_FILE);
}
