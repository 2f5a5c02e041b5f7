// Findings → Problems. The one place engine findings become `vscode.Diagnostic`s.
import * as vscode from 'vscode';
import type { LineIndex } from '../engine/text/lines';
import type { Finding, Range, RuleId, Severity } from '../engine/types';
import type { AnalysisCache, AnalysisEvent } from './analysisCache';
import { readSettings } from './settings';

export const DIAGNOSTIC_SOURCE = 'copydesk';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/**
 * Each rule's page per extension, made once: a long draft has tens of thousands of findings, and
 * joining a path into a new URI for each was most of the time spent turning them into diagnostics.
 */
const rulePages = new WeakMap<vscode.Uri, Map<RuleId, vscode.Uri>>();

/** The rule's page, shipped in the extension and opened through its own URI. */
export function rulePage(extensionUri: vscode.Uri, rule: RuleId): vscode.Uri {
  let pages = rulePages.get(extensionUri);
  if (pages === undefined) rulePages.set(extensionUri, (pages = new Map()));
  let page = pages.get(rule);
  if (page === undefined) pages.set(rule, (page = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${rule}.md`)));
  return page;
}

/** Maps offsets to positions either through an open document or through a `LineIndex` of the text. */
export type PositionMapper = Pick<vscode.TextDocument, 'positionAt'> | LineIndex;

export function toRange(mapper: PositionMapper, range: Range): vscode.Range {
  const start = mapper.positionAt(range.start);
  const end = mapper.positionAt(range.end);
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

export function findingToDiagnostic(finding: Finding, mapper: PositionMapper, extensionUri: vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(toRange(mapper, finding.range), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.rule, target: rulePage(extensionUri, finding.rule) };
  return diagnostic;
}

/** The rule id of a Copydesk diagnostic, or undefined for anyone else's. */
export function diagnosticRule(diagnostic: vscode.Diagnostic): RuleId | undefined {
  if (diagnostic.source !== DIAGNOSTIC_SOURCE) return undefined;
  const code = diagnostic.code;
  const value = typeof code === 'object' ? code.value : code;
  return typeof value === 'string' ? (value as RuleId) : undefined;
}

/** Publishes each analysis's findings; with `copydesk.run: onSave`, analyses made while typing are not shown. */
export class DiagnosticsPublisher implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('copydesk');
  private readonly subscription: vscode.Disposable;

  constructor(
    cache: AnalysisCache,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.subscription = cache.onDidAnalyze((event) => this.didAnalyze(event));
  }

  private didAnalyze({ document, analysis, reason }: AnalysisEvent): void {
    if (reason === 'edit' && readSettings(document).run === 'onSave') return;
    this.collection.set(
      document.uri,
      analysis.diagnostics.map((f) => findingToDiagnostic(f, document, this.extensionUri)),
    );
  }

  set(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): void {
    this.collection.set(uri, diagnostics);
  }

  clear(uri: vscode.Uri): void {
    this.collection.delete(uri);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}
