// SARIF 2.1.0: the rules in tool.driver.rules (their pages linked and included), one result per finding,
// regions with 1-based lines and columns in UTF-16 code units (SARIF's default column kind).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { RULE_METAS } from '../../engine/rules/index';
import { LineIndex } from '../../engine/text/lines';
import type { Range, Severity } from '../../engine/types';
import type { CheckResult, RunEnvironment } from '../run';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };
const SRCROOT = 'SRCROOT';

export function formatSarif(result: CheckResult, env: Pick<RunEnvironment, 'packageRoot' | 'version'>): string {
  const docs = (page: string) => pathToFileURL(path.join(env.packageRoot, 'docs', 'rules', `${page}.md`)).href;
  const ruleIndex = new Map(RULE_METAS.map((m, i) => [m.id, i]));
  const artifacts: object[] = [];
  const results: object[] = [];
  const notifications: object[] = [];

  result.files.forEach((file, index) => {
    const location = artifactLocation(file.path);
    artifacts.push({ location, ...(file.text !== null ? { length: file.text.length, encoding: 'utf-8' } : {}) });
    if (!file.analysis || file.text === null) {
      notifications.push({
        level: 'error',
        message: { text: `${file.path}: ${file.error ?? 'not checked'}.` },
        locations: [{ physicalLocation: { artifactLocation: { ...location, index } } }],
      });
      return;
    }
    const lines = new LineIndex(file.text);
    const region = (range: Range) => {
      const start = lines.positionAt(range.start);
      const end = lines.positionAt(range.end);
      return { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
    };
    const text = file.text;
    for (const d of file.analysis.diagnostics) {
      // The flagged words as a snippet, and their whole lines as context, for viewers without the file.
      const context = { start: lines.offsetAt({ line: lines.positionAt(d.range.start).line, character: 0 }), end: lineEnd(text, d.range.end) };
      const physicalLocation = {
        artifactLocation: { ...location, index },
        region: { ...region(d.range), snippet: { text: text.slice(d.range.start, d.range.end) } },
        // SARIF wants the context strictly larger than the region, else left out.
        ...(context.start < d.range.start || context.end > d.range.end
          ? { contextRegion: { ...region(context), snippet: { text: text.slice(context.start, context.end) } } }
          : {}),
      };
      results.push({
        ruleId: d.rule,
        ruleIndex: ruleIndex.get(d.rule),
        level: LEVEL[d.severity],
        message: { text: d.message },
        locations: [{ physicalLocation }],
        ...(d.fix
          ? {
              fixes: [{
                description: { text: `Replace with “${d.fix.replacement}”.` },
                artifactChanges: [{
                  artifactLocation: { ...location, index },
                  replacements: [{ deletedRegion: region(d.fix.range), insertedContent: { text: d.fix.replacement } }],
                }],
              }],
            }
          : {}),
      });
    }
  });
  for (const p of result.entityProblems) {
    notifications.push({
      level: p.severity,
      message: { text: `${p.path}:${p.line}:${p.column}: ${p.message}` },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(p.path), region: { startLine: p.line, startColumn: p.column } } }],
    });
  }

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'Copydesk',
          version: env.version,
          semanticVersion: env.version,
          informationUri: docs('README'),
          rules: RULE_METAS.map((m) => ({
            id: m.id,
            name: pascalCase(m.id),
            shortDescription: { text: m.description },
            fullDescription: { text: m.description },
            helpUri: docs(m.docs),
            help: helpOf(m.description, docs(m.docs)),
            defaultConfiguration: { level: LEVEL[m.defaultSeverity] },
          })),
        },
      },
      originalUriBaseIds: { [SRCROOT]: { uri: `${pathToFileURL(process.cwd()).href}/` } },
      artifacts,
      columnKind: 'utf16CodeUnits',
      invocations: [{ executionSuccessful: notifications.every((n) => (n as { level: string }).level !== 'error'), toolExecutionNotifications: notifications }],
      results,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * A rule's help: a line of text with the link to its page, and the page itself as markdown, so a viewer
 * that cannot open a file on the machine that ran the check (code scanning on a server) still shows
 * what the rule finds and how to fix it. Without the markdown when the page cannot be read.
 */
function helpOf(description: string, page: string): { text: string; markdown?: string } {
  const text = `${description} See ${page}.`;
  try {
    return { text, markdown: fs.readFileSync(fileURLToPath(page), 'utf8') };
  } catch {
    return { text };
  }
}

/** Relative paths stay relative to the working folder (SRCROOT); absolute ones become file URIs. */
function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  if (path.isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function lineEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++;
  return end;
}

function pascalCase(id: string): string {
  return id.split('-').map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}
