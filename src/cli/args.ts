// Command-line arguments → what to check and how. Pure: no file access.
import { isRuleId } from '../engine/rules/index';
import type { RuleId, Severity, SeveritySetting } from '../engine/types';

export type OutputFormat = 'text' | 'json' | 'sarif';
export type FailOn = Severity | 'none';

export interface CheckOptions {
  entities: string[];
  bundled: boolean;
  config: string | null;
  rules: Partial<Record<RuleId, SeveritySetting>>;
  format: OutputFormat;
  failOn: FailOn;
  paths: string[];
}

export type ParsedArgs =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'check'; options: CheckOptions }
  | { command: 'error'; message: string };

export const USAGE = `Usage: copydesk check [options] PATH...

Checks markdown (.md, .markdown) and plain text (.txt) drafts: quotes without a speaker, claims
without a source, misspelt names and wrong titles. Folders are walked (node_modules and dot-folders
skipped). Files are never modified.

Options:
  --entities FILE        add an entity list (YAML); may be repeated, later lists win
  --no-bundled           do not load the bundled entity list
  --config FILE          use this config instead of the nearest .copydesk.yaml
  --rule ID=SEVERITY     set a rule's severity (error, warning, information, hint, off); may be repeated
  --format FORMAT        text (default), json or sarif
  --fail-on SEVERITY     exit 1 when a finding is at least this severe: error (default), warning,
                         information, hint or none
  --help                 show this help
  --version              show the version

Exit codes: 0 no finding reached --fail-on, 1 one did, 2 an input could not be used.
`;

const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;
const FORMATS: readonly OutputFormat[] = ['text', 'json', 'sarif'];
const VALUE_OPTIONS = new Set(['--entities', '--config', '--rule', '--format', '--fail-on']);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h')) return { command: 'help' };
  if (argv.includes('--version')) return { command: 'version' };
  if (argv.length === 0) return { command: 'error', message: 'no command given: expected “copydesk check PATH...”' };
  if (argv[0] !== 'check') return { command: 'error', message: `unknown command “${argv[0]}”: expected “check”` };

  const options: CheckOptions = { entities: [], bundled: true, config: null, rules: {}, format: 'text', failOn: 'error', paths: [] };
  let onlyPaths = false;
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths || !arg.startsWith('--') || arg === '--') {
      if (arg === '--' && !onlyPaths) onlyPaths = true;
      else options.paths.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--no-bundled' && eq < 0) {
      options.bundled = false;
      continue;
    }
    if (!VALUE_OPTIONS.has(name)) return { command: 'error', message: `unknown option “${arg}”` };
    let value: string;
    if (eq > 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    else return { command: 'error', message: `${name} needs a value` };
    const problem = applyOption(options, name, value);
    if (problem) return { command: 'error', message: problem };
  }
  if (options.paths.length === 0) return { command: 'error', message: 'no PATH given: name the files or folders to check' };
  return { command: 'check', options };
}

/** Sets one option; returns a message when the value is not usable. */
function applyOption(options: CheckOptions, name: string, value: string): string | null {
  switch (name) {
    case '--entities':
      if (!value) return '--entities needs a file';
      options.entities.push(value);
      return null;
    case '--config':
      if (!value) return '--config needs a file';
      options.config = value;
      return null;
    case '--format':
      if (!(FORMATS as readonly string[]).includes(value)) return `unknown format “${value}”: use text, json or sarif`;
      options.format = value as OutputFormat;
      return null;
    case '--fail-on':
      if (value !== 'none' && !(SEVERITIES as readonly string[]).includes(value)) {
        return `unknown --fail-on “${value}”: use error, warning, information, hint or none`;
      }
      options.failOn = value as FailOn;
      return null;
    case '--rule': {
      const eq = value.indexOf('=');
      const id = eq > 0 ? value.slice(0, eq) : value;
      const severity = eq > 0 ? value.slice(eq + 1) : '';
      if (!isRuleId(id)) return `unknown rule “${id}” in --rule ${value}`;
      if (severity !== 'off' && !(SEVERITIES as readonly string[]).includes(severity)) {
        return `--rule ${value}: the severity must be error, warning, information, hint or off`;
      }
      options.rules[id] = severity as SeveritySetting;
      return null;
    }
  }
  return `unknown option “${name}”`;
}
