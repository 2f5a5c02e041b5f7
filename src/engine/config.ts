// `.copydesk.yaml`: which entity files to load and which rules at which severity.
// A pure parser (text in, data and positioned problems out), shared by the CLI and the extension.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { isRuleId } from './rules/index';
import type { EntityProblem, ProblemSeverity, RuleId, SeveritySetting } from './types';

export const CONFIG_FILE_NAME = '.copydesk.yaml';

export interface CopydeskConfig {
  /** Paths or globs, relative to the config file's folder, as written. */
  entityFiles: string[];
  rules: Partial<Record<RuleId, SeveritySetting>>;
}

export interface ConfigProblem extends EntityProblem {
  /** UTF-16 offsets of the offending value, for editor diagnostics. */
  range: { start: number; end: number };
}

export interface ParsedConfig {
  config: CopydeskConfig;
  problems: ConfigProblem[];
}

const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'information', 'hint', 'off']);
const MAX_CONFIG_CHARS = 1_000_000;

/** Parses a config file's text; `path` is only used in problems. Never throws. */
export function parseConfig(text: string, path: string): ParsedConfig {
  const config: CopydeskConfig = { entityFiles: [], rules: {} };
  const problems: ConfigProblem[] = [];
  const lines = new LineCounter();
  const report = (range: [number, number] | undefined, severity: ProblemSeverity, message: string) => {
    const [start, end] = range ?? [0, 0];
    const pos = lines.linePos(start);
    problems.push({ path, line: pos.line, column: pos.col, severity, message, range: { start, end } });
  };
  if (text.length > MAX_CONFIG_CHARS) {
    report(undefined, 'error', `Config file is larger than ${MAX_CONFIG_CHARS} characters; not read.`);
    return { config, problems };
  }
  let doc;
  try {
    doc = parseDocument(text, { schema: 'core', lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    report(undefined, 'error', `Config file could not be read: ${(error as Error).message}`);
    return { config, problems };
  }
  for (const e of doc.errors) report([e.pos[0], e.pos[1]], 'error', `Invalid YAML: ${firstLine(e.message)}`);
  for (const w of doc.warnings) report([w.pos[0], w.pos[1]], 'warning', firstLine(w.message));
  const root = doc.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === undefined))) return { config, problems };
  if (!isMap(root)) {
    report(rangeOf(root), 'error', 'Config must be a mapping with `entityFiles` and `rules`.');
    return { config, problems };
  }
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const value = pair.value as YamlNode | null;
    if (key === 'entityFiles') readEntityFiles(value, config, report, rangeOf(pair.key as YamlNode));
    else if (key === 'rules') readRules(value, config, report, rangeOf(pair.key as YamlNode));
    else report(rangeOf(pair.key as YamlNode), 'warning', `Unknown setting “${key}”: expected entityFiles or rules.`);
  }
  return { config, problems };
}

type Reporter = (range: [number, number] | undefined, severity: ProblemSeverity, message: string) => void;

function readEntityFiles(value: YamlNode | null, config: CopydeskConfig, report: Reporter, keyRange: [number, number] | undefined): void {
  if (value === null || (isScalar(value) && value.value === null)) return;
  if (isScalar(value) && typeof value.value === 'string') {
    config.entityFiles.push(value.value); // one path written without a list
    return;
  }
  if (!isSeq(value)) {
    report(rangeOf(value) ?? keyRange, 'error', '`entityFiles` must be a list of paths or globs.');
    return;
  }
  for (const item of value.items) {
    if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '') config.entityFiles.push(item.value);
    else report(rangeOf(item as YamlNode) ?? rangeOf(value), 'error', '`entityFiles` entries must be paths or globs (strings).');
  }
}

function readRules(value: YamlNode | null, config: CopydeskConfig, report: Reporter, keyRange: [number, number] | undefined): void {
  if (value === null || (isScalar(value) && value.value === null)) return;
  if (!isMap(value)) {
    report(rangeOf(value) ?? keyRange, 'error', '`rules` must map rule ids to severities (error, warning, information, hint, off).');
    return;
  }
  for (const pair of value.items) {
    const id = isScalar(pair.key) ? String(pair.key.value) : '';
    const severity = isScalar(pair.value) ? pair.value.value : undefined;
    if (!isRuleId(id)) {
      report(rangeOf(pair.key as YamlNode), 'warning', `Unknown rule “${id}”.`);
      continue;
    }
    if (typeof severity !== 'string' || !SEVERITIES.has(severity)) {
      report(
        rangeOf(pair.value as YamlNode) ?? rangeOf(pair.key as YamlNode),
        'error',
        `Unknown severity “${String(severity)}” for ${id}: use error, warning, information, hint or off.`,
      );
      continue;
    }
    config.rules[id] = severity as SeveritySetting;
  }
}

function rangeOf(node: YamlNode | null | undefined): [number, number] | undefined {
  const r = node && (node as { range?: [number, number, number] }).range;
  return r ? [r[0], r[1]] : undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}
