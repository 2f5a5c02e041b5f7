// Entity-file and config-file problems (1-based line and column) as diagnostics on the YAML file.
import * as vscode from 'vscode';
import type { EntityProblem } from '../engine/types';

export function problemsToDiagnostics(problems: readonly EntityProblem[], text: string | undefined): vscode.Diagnostic[] {
  const lines = text?.split(/\r\n|\r|\n/);
  return problems.map((problem) => {
    const line = Math.max(0, problem.line - 1);
    const character = Math.max(0, problem.column - 1);
    const lineLength = lines?.[line]?.length ?? character + 1;
    const end = Math.max(character + 1, lineLength);
    const diagnostic = new vscode.Diagnostic(
      new vscode.Range(line, character, line, end),
      problem.message,
      problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
    );
    diagnostic.source = 'copydesk';
    return diagnostic;
  });
}
