// `copydesk check`: read, analyse, print, and the exit code. Never writes to a checked file.
import { analyze } from '../engine/analyze';
import type { Analysis, EntityProblem, Severity } from '../engine/types';
import { parseArgs, USAGE, type CheckOptions, type FailOn } from './args';
import { formatJson } from './format/json';
import { formatSarif } from './format/sarif';
import { formatText } from './format/text';
import { fail, Profiles, type Problems } from './profile';
import { readText } from './read';
import { collectFiles, type CheckedFile } from './walk';

export interface RunEnvironment {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The bundled entity list (`data/entities.yaml` of the package). */
  bundledPath: string;
  /** The package folder, for links to the rule pages. */
  packageRoot: string;
  version: string;
}

export interface FileResult extends CheckedFile {
  /** The decoded text (null when the file could not be used). */
  text: string | null;
  error: string | null;
  analysis: Analysis | null;
}

export interface CheckResult {
  files: FileResult[];
  entityProblems: EntityProblem[];
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;

const RANK: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

export function run(argv: readonly string[], env: RunEnvironment): number {
  try {
    const parsed = parseArgs(argv);
    switch (parsed.command) {
      case 'help':
        env.stdout(USAGE);
        return EXIT_OK;
      case 'version':
        env.stdout(`${env.version}\n`);
        return EXIT_OK;
      case 'error':
        env.stderr(`copydesk: ${parsed.message}\n\n${USAGE}`);
        return EXIT_UNUSABLE;
      case 'check':
        return check(parsed.options, env);
    }
  } catch (error) {
    // A bug must still end in a message and exit code 2, never a stack trace.
    env.stderr(`copydesk: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    return EXIT_UNUSABLE;
  }
}

function check(options: CheckOptions, env: RunEnvironment): number {
  const problems: Problems = { entity: [], messages: [], unusable: false };
  const walked = collectFiles(options.paths);
  for (const message of walked.errors) fail(problems, message);
  const profiles = new Profiles(options, env.bundledPath, problems);
  const files: FileResult[] = walked.files.map((file) => {
    const profile = profiles.forFile(file.path);
    const read = readText(file.path);
    if (read.error !== null) {
      fail(problems, `${file.path}: ${read.error}`);
      return { ...file, text: null, error: read.error, analysis: null };
    }
    try {
      const analysis = analyze(read.text, file.kind, profile.index, { rules: profile.rules });
      return { ...file, text: read.text, error: null, analysis };
    } catch (error) {
      // The engine is built never to throw; if it does, this file is reported and the rest go on.
      const message = `could not be analysed (${(error as Error)?.message ?? String(error)})`;
      fail(problems, `${file.path}: ${message}`);
      return { ...file, text: null, error: message, analysis: null };
    }
  });
  const result: CheckResult = { files, entityProblems: problems.entity };

  for (const p of problems.entity) env.stderr(`${p.path}:${p.line}:${p.column}: ${p.severity} ${p.message}\n`);
  for (const message of problems.messages) env.stderr(`${message}\n`);

  if (options.format === 'json') env.stdout(formatJson(result));
  else if (options.format === 'sarif') env.stdout(formatSarif(result, env));
  else env.stdout(formatText(result));

  const unusable = problems.unusable || problems.entity.some((p) => p.severity === 'error');
  if (unusable) return EXIT_UNUSABLE;
  return reachesFailOn(files, options.failOn) ? EXIT_FINDINGS : EXIT_OK;
}

function reachesFailOn(files: FileResult[], failOn: FailOn): boolean {
  if (failOn === 'none') return false;
  const limit = RANK[failOn];
  return files.some((f) => f.analysis?.diagnostics.some((d) => RANK[d.severity] <= limit));
}
