// The merged entity list the editor analyses with: the bundled list, then the workspace's own files
// (from `.copydesk.yaml` and the `copydesk.entityFiles` setting), reloaded when any of them changes.
// Load problems are shown as diagnostics on the YAML files; a broken file never stops the rest loading.
import * as vscode from 'vscode';
import { compileEntities, type EntityIndex } from '../engine/entities/compile';
import { parseEntityFile } from '../engine/entities/load';
import { mergeEntityLists } from '../engine/entities/merge';
import type { EntityList, EntityProblem } from '../engine/types';
import { CONFIG_FILE_NAME, loadFolderConfig, type FolderConfig } from './configFile';
import { readWorkspaceFile } from './files';
import { problemsToDiagnostics } from './problemDiagnostics';
import { readSettings } from './settings';

const RELOAD_DELAY_MS = 150;
const GLOB_CHARACTERS = /[*?[\]{}]/;

export interface WorkspaceEntityFile {
  uri: vscode.Uri;
  folder: vscode.WorkspaceFolder;
  /** As written in the setting or `.copydesk.yaml`. */
  pattern: string;
}

export class EntityStore implements vscode.Disposable {
  private currentIndex: EntityIndex = compileEntities({ sources: [], entities: [] });
  private readonly changed = new vscode.EventEmitter<EntityIndex>();
  /** Fires after every reload with the new index. */
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('copydesk-entities');
  private watchers: vscode.Disposable[] = [];
  private configs = new Map<string, FolderConfig>();
  private files: WorkspaceEntityFile[] = [];
  private generation = 0;
  private reloadTimer: ReturnType<typeof setTimeout> | undefined;
  private loaded = false;
  private started = false;
  private markLoaded!: () => void;
  /** Resolves when a load has completed (a load overtaken by a newer one does not count). */
  private readonly firstLoad = new Promise<void>((resolve) => (this.markLoaded = resolve));

  constructor(private readonly extensionUri: vscode.Uri) {}

  get index(): EntityIndex {
    return this.currentIndex;
  }

  /** True once the first load has finished; drafts are analysed only from then on. */
  get isLoaded(): boolean {
    return this.loaded;
  }

  get bundledUri(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, 'data', 'entities.yaml');
  }

  /** Workspace entity files in load order (existing or not). */
  get workspaceFiles(): readonly WorkspaceEntityFile[] {
    return this.files;
  }

  /** Resolves once the first load has finished (starting it if needed). */
  whenReady(): Promise<void> {
    if (!this.started) void this.reload();
    return this.firstLoad;
  }

  /** The `.copydesk.yaml` of the workspace folder holding `uri`, if any. */
  configFor(uri: vscode.Uri): FolderConfig | undefined {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? this.configs.get(folder.uri.toString()) : undefined;
  }

  /** Reloads after a short delay, coalescing bursts of file events. */
  scheduleReload(): void {
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => {
      this.reloadTimer = undefined;
      void this.reload();
    }, RELOAD_DELAY_MS);
  }

  /** Loads every list again; resolves when this load, or a newer one that overtook it, has finished. */
  reload(): Promise<void> {
    this.started = true;
    this.latest = this.load(++this.generation);
    return this.latest;
  }

  private latest: Promise<void> = Promise.resolve();

  private async load(generation: number): Promise<void> {
    // Workspace files are untrusted input: in an untrusted workspace only the bundled list loads.
    const folders = vscode.workspace.isTrusted ? (vscode.workspace.workspaceFolders ?? []) : [];
    const configs = new Map<string, FolderConfig>();
    await Promise.all(
      folders.map(async (folder) => {
        const config = await loadFolderConfig(folder.uri);
        if (config) configs.set(folder.uri.toString(), config);
      }),
    );
    const files = await resolveEntityFiles(folders, configs);
    const uris = [this.bundledUri, ...files.map((f) => f.uri)];
    const loaded = await Promise.all(uris.map((uri) => loadEntityFile(uri)));
    // A newer reload started while this one read files: its result wins.
    if (this.disposed) return;
    if (generation !== this.generation) return this.latest;

    this.configs = configs;
    this.files = files;
    this.currentIndex = compileEntities(mergeEntityLists(loaded.map((l) => l.list)));
    this.publishProblems(uris, loaded, [...configs.values()]);
    this.watch(folders, files);
    this.loaded = true;
    this.changed.fire(this.currentIndex);
    this.markLoaded();
  }

  private publishProblems(uris: vscode.Uri[], loaded: LoadedFile[], configs: FolderConfig[]): void {
    this.diagnostics.clear();
    uris.forEach((uri, i) => {
      if (loaded[i].problems.length) this.diagnostics.set(uri, problemsToDiagnostics(loaded[i].problems, loaded[i].text));
    });
    for (const config of configs) {
      if (config.problems.length) this.diagnostics.set(config.uri, problemsToDiagnostics(config.problems, config.text));
    }
  }

  private watch(folders: readonly vscode.WorkspaceFolder[], files: WorkspaceEntityFile[]): void {
    for (const w of this.watchers) w.dispose();
    const patterns = new Map<string, vscode.GlobPattern>();
    for (const folder of folders) {
      patterns.set(`${folder.uri}|${CONFIG_FILE_NAME}`, new vscode.RelativePattern(folder, CONFIG_FILE_NAME));
    }
    for (const file of files) {
      const pattern = GLOB_CHARACTERS.test(file.pattern)
        ? new vscode.RelativePattern(file.folder, file.pattern)
        : new vscode.RelativePattern(vscode.Uri.joinPath(file.uri, '..'), basename(file.uri));
      patterns.set(`${file.folder.uri}|${file.pattern}|${file.uri}`, pattern);
    }
    this.watchers = [...patterns.values()].map((pattern) => {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      const reload = () => this.scheduleReload();
      return vscode.Disposable.from(watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload));
    });
  }

  private disposed = false;

  dispose(): void {
    this.disposed = true;
    if (this.reloadTimer) clearTimeout(this.reloadTimer);
    for (const w of this.watchers) w.dispose();
    this.diagnostics.dispose();
    this.changed.dispose();
  }
}

interface LoadedFile {
  list: EntityList;
  problems: EntityProblem[];
  text: string | undefined;
}

async function loadEntityFile(uri: vscode.Uri): Promise<LoadedFile> {
  const empty: EntityList = { sources: [], entities: [] };
  const read = await readWorkspaceFile(uri);
  if (!read.ok) {
    // A configured file that does not exist yet is normal (it is created on first "add to entity list").
    if (read.reason === 'missing') return { list: empty, problems: [], text: undefined };
    const message = read.reason === 'too-large' ? 'Entity file is too large to load.' : 'Entity file could not be read.';
    return { list: empty, problems: [{ path: uri.toString(), line: 1, column: 1, severity: 'error', message }], text: undefined };
  }
  try {
    const { list, problems } = parseEntityFile(read.text, uri.toString());
    return { list, problems, text: read.text };
  } catch (error) {
    // The parser promises never to throw; if it ever does, the editor keeps working without this file.
    const message = `Entity file could not be loaded: ${String((error as Error)?.message ?? error)}`;
    return { list: empty, problems: [{ path: uri.toString(), line: 1, column: 1, severity: 'error', message }], text: read.text };
  }
}

/** Entity files of every folder: `.copydesk.yaml`'s first, then the setting's (later files win on ids). */
async function resolveEntityFiles(
  folders: readonly vscode.WorkspaceFolder[],
  configs: Map<string, FolderConfig>,
): Promise<WorkspaceEntityFile[]> {
  const out: WorkspaceEntityFile[] = [];
  const seen = new Set<string>();
  for (const folder of folders) {
    const patterns = [...(configs.get(folder.uri.toString())?.entityFiles ?? []), ...readSettings(folder).entityFiles];
    for (const pattern of patterns) {
      for (const uri of await expandPattern(folder, pattern)) {
        if (seen.has(uri.toString())) continue;
        seen.add(uri.toString());
        out.push({ uri, folder, pattern });
      }
    }
  }
  return out;
}

async function expandPattern(folder: vscode.WorkspaceFolder, pattern: string): Promise<vscode.Uri[]> {
  if (GLOB_CHARACTERS.test(pattern)) {
    try {
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, pattern));
      return found.sort((a, b) => (a.toString() < b.toString() ? -1 : a.toString() > b.toString() ? 1 : 0));
    } catch {
      return [];
    }
  }
  if (/^([a-zA-Z]:[\\/]|\/)/.test(pattern) && folder.uri.scheme === 'file') return [vscode.Uri.file(pattern)];
  return [vscode.Uri.joinPath(folder.uri, pattern)];
}

function basename(uri: vscode.Uri): string {
  const path = uri.path;
  return path.slice(path.lastIndexOf('/') + 1);
}
