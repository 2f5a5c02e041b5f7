// What a checked file is checked with: its config (found by folder or given), entity lists, rules.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CONFIG_FILE_NAME, parseConfig, type CopydeskConfig } from '../engine/config';
import { compileEntities, type EntityIndex } from '../engine/entities/compile';
import { parseEntityFile } from '../engine/entities/load';
import { mergeEntityLists } from '../engine/entities/merge';
import type { EntityList, EntityProblem, RuleId, SeveritySetting } from '../engine/types';
import type { CheckOptions } from './args';
import { expandGlob, hasGlob } from './glob';
import { readText } from './read';

export interface Profile {
  index: EntityIndex;
  rules: Partial<Record<RuleId, SeveritySetting>>;
}

export interface Problems {
  /** Positioned problems in entity files, for the JSON `entityErrors` and stderr. */
  entity: EntityProblem[];
  /** Lines for stderr, in the order found: unusable inputs and warnings. */
  messages: string[];
  /** An input could not be used: exit code 2. */
  unusable: boolean;
}

/** Records an input that could not be used. */
export function fail(problems: Problems, message: string): void {
  problems.unusable = true;
  problems.messages.push(message);
}

/** Builds profiles lazily and once per config file; entity files are read and parsed once each. */
export class Profiles {
  private readonly byConfig = new Map<string, Profile>();
  private readonly lists = new Map<string, EntityList | null>();
  private readonly configs = new Map<string, CopydeskConfig | null>();

  constructor(
    private readonly options: CheckOptions,
    private readonly bundledPath: string,
    readonly problems: Problems,
  ) {}

  /** The profile for a checked file: `--config`, else the nearest `.copydesk.yaml` above it. */
  forFile(file: string): Profile {
    const configPath = this.options.config ?? findConfig(path.dirname(path.resolve(file)));
    const key = configPath ?? '';
    let profile = this.byConfig.get(key);
    if (!profile) {
      profile = this.build(configPath);
      this.byConfig.set(key, profile);
    }
    return profile;
  }

  private build(configPath: string | null): Profile {
    const config = configPath ? this.loadConfig(configPath) : null;
    const lists: EntityList[] = [];
    if (this.options.bundled) this.addList(lists, this.bundledPath, 'bundled entity list');
    if (config && configPath) {
      const base = path.dirname(configPath);
      for (const entry of config.entityFiles) {
        if (hasGlob(entry)) {
          const matches = expandGlob(base, entry);
          if (matches.length === 0) this.warn(`${configPath}: warning entityFiles pattern “${entry}” matches no file`);
          for (const match of matches) this.addList(lists, displayPath(match), 'entity file');
        } else {
          this.addList(lists, displayPath(path.resolve(base, entry)), 'entity file');
        }
      }
    }
    for (const file of this.options.entities) this.addList(lists, file, 'entity file');
    return {
      index: compileEntities(mergeEntityLists(lists)),
      rules: { ...(config?.rules ?? {}), ...this.options.rules },
    };
  }

  private loadConfig(configPath: string): CopydeskConfig | null {
    if (this.configs.has(configPath)) return this.configs.get(configPath)!;
    const read = readText(configPath);
    let config: CopydeskConfig | null = null;
    if (read.error !== null) {
      fail(this.problems, `${configPath}: config file: ${read.error}`);
    } else {
      const parsed = parseConfig(read.text, configPath);
      config = parsed.config;
      for (const p of parsed.problems) {
        const line = `${p.path}:${p.line}:${p.column}: ${p.severity} ${p.message}`;
        if (p.severity === 'error') fail(this.problems, line);
        else this.warn(line);
      }
    }
    this.configs.set(configPath, config);
    return config;
  }

  private addList(lists: EntityList[], file: string, what: string): void {
    if (!this.lists.has(file)) {
      const read = readText(file);
      if (read.error !== null) {
        fail(this.problems, `${file}: ${what}: ${read.error}`);
        this.lists.set(file, null);
      } else {
        const loaded = parseEntityFile(read.text, file);
        this.problems.entity.push(...loaded.problems);
        this.lists.set(file, loaded.list);
      }
    }
    const list = this.lists.get(file);
    if (list) lists.push(list);
  }

  private warn(message: string): void {
    if (!this.problems.messages.includes(message)) this.problems.messages.push(message);
  }
}

/** The nearest `.copydesk.yaml` in `folder` or a parent, or null. */
export function findConfig(folder: string): string | null {
  let current = folder;
  for (;;) {
    const candidate = path.join(current, CONFIG_FILE_NAME);
    try {
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here: look further up
    }
    const parent = path.dirname(current);
    if (parent === current) return null;
    current = parent;
  }
}

/** Paths under the working folder are shown relative to it, others absolute. */
function displayPath(absolute: string): string {
  const relative = path.relative(process.cwd(), absolute);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : absolute;
}
