// Quick fixes for Copydesk's diagnostics: the finding's own fix (spelling, title, first reference), add an
// attribution, mark a claim verified, add an unlisted speaker to the entity list, disable a rule for a line.
import * as vscode from 'vscode';
import { kindAt, targetAt } from '../engine/mentions/columns';
import { claimAt, claimSource } from '../engine/claims/columns';
import { quoteAt, quoteSource } from '../engine/quotes/columns';
import type { Analysis, Claim, Claims, Finding, Quote, Quotes, Range, RuleId } from '../engine/types';
import { attributionInsert, disableNextLineComment, speakerChoices, VERIFIED_MARKER_SNIPPET } from './actionEdits';
import type { AnalysisCache } from './analysisCache';
import { ADD_TO_ENTITY_LIST } from './commandIds';
import { diagnosticRule, toRange } from './diagnostics';
import type { EntityStore } from './entityStore';

export interface AddToEntityListArgs {
  name: string;
  title?: string;
  document: vscode.Uri;
}

const FIX_TITLES: Partial<Record<RuleId, (replacement: string) => string>> = {
  'name-spelling': (r) => `Fix spelling: “${r}”`,
  'title-mismatch': (r) => `Fix title: “${r}”`,
  'first-reference': (r) => `Use the full name: “${r}”`,
};

export class CopydeskCodeActionProvider implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] };

  constructor(
    private readonly cache: AnalysisCache,
    private readonly store: EntityStore,
  ) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): vscode.CodeAction[] {
    const analysis = this.cache.get(document);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (token.isCancellationRequested) break;
      const rule = diagnosticRule(diagnostic);
      if (!rule) continue;
      const finding = analysis && findingFor(analysis, document, rule, diagnostic.range);
      if (analysis && finding) actions.push(...this.fixesFor(document, analysis, finding, diagnostic));
      actions.push(disableForLine(document, rule, diagnostic));
    }
    return actions;
  }

  private fixesFor(document: vscode.TextDocument, analysis: Analysis, finding: Finding, diagnostic: vscode.Diagnostic): vscode.CodeAction[] {
    const out: vscode.CodeAction[] = [];
    if (finding.fix) {
      const title = (FIX_TITLES[finding.rule] ?? ((r: string) => `Replace with “${r}”`))(finding.fix.replacement);
      const action = quickFix(title, diagnostic, true);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.replace(document.uri, toRange(document, finding.fix.range), finding.fix.replacement);
      out.push(action);
    }
    if (finding.rule === 'unattributed-quote') {
      const quote = quoteOverlapping(analysis.quotes, finding.range);
      if (quote) {
        const insert = attributionInsert(quote, this.cache.snapshot(document)?.text ?? document.getText(), speakerChoices(analysis, this.store.index));
        const action = quickFix('Add an attribution', diagnostic, false);
        const edits: vscode.SnippetTextEdit[] = [];
        if (insert.periodToComma !== null) {
          const at = document.positionAt(insert.periodToComma);
          edits.push(vscode.SnippetTextEdit.replace(new vscode.Range(at, at.translate(0, 1)), new vscode.SnippetString(',')));
        }
        edits.push(vscode.SnippetTextEdit.insert(document.positionAt(insert.at), new vscode.SnippetString(insert.snippet)));
        action.edit = new vscode.WorkspaceEdit();
        action.edit.set(document.uri, edits);
        out.push(action);
      }
    }
    if (finding.rule === 'unattributed-claim') {
      const claim = claimOverlapping(analysis.claims, finding.range) ?? { range: finding.range };
      const action = quickFix('Mark claim as verified', diagnostic, false);
      action.edit = new vscode.WorkspaceEdit();
      action.edit.set(document.uri, [
        vscode.SnippetTextEdit.insert(document.positionAt(claim.range.end), new vscode.SnippetString(VERIFIED_MARKER_SNIPPET)),
      ]);
      out.push(action);
    }
    if (finding.rule === 'unknown-speaker') {
      const person = unlistedSpeaker(analysis, document, finding);
      if (person) {
        const action = quickFix(`Add “${person.name}” to the workspace entity list`, diagnostic, false);
        const args: AddToEntityListArgs = { ...person, document: document.uri };
        action.command = { title: action.title, command: ADD_TO_ENTITY_LIST, arguments: [args] };
        out.push(action);
      }
    }
    return out;
  }
}

function quickFix(title: string, diagnostic: vscode.Diagnostic, preferred: boolean): vscode.CodeAction {
  const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = preferred;
  return action;
}

function disableForLine(document: vscode.TextDocument, rule: RuleId, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const line = document.lineAt(diagnostic.range.start.line);
  const indentation = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
  const action = new vscode.CodeAction(`Disable ${rule} for this line`, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.edit = new vscode.WorkspaceEdit();
  action.edit.insert(document.uri, line.range.start, disableNextLineComment(rule, indentation));
  return action;
}

/** The engine finding behind a diagnostic: same rule, same place. */
function findingFor(analysis: Analysis, document: vscode.TextDocument, rule: RuleId, range: vscode.Range): Finding | undefined {
  return analysis.diagnostics.find((f) => f.rule === rule && toRange(document, f.range).isEqual(range));
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The first quote that overlaps `range`. */
function quoteOverlapping(quotes: Quotes, range: Range): Quote | undefined {
  for (let i = 0; i < quotes.length; i++) {
    if (quotes.starts[i]! < range.end && range.start < quotes.ends[i]!) return quoteAt(quotes, i);
  }
  return undefined;
}

/** The first claim whose sentence overlaps `range`. */
function claimOverlapping(claims: Claims, range: Range): Claim | undefined {
  for (let i = 0; i < claims.length; i++) {
    if (claims.starts[i]! < range.end && range.start < claims.ends[i]!) return claimAt(claims, i);
  }
  return undefined;
}

function unlistedSpeaker(analysis: Analysis, document: vscode.TextDocument, finding: Finding): { name: string; title?: string } | undefined {
  const mentions = analysis.mentions;
  for (let i = 0; i < mentions.length && mentions.starts[i]! < finding.range.end; i++) {
    if (kindAt(mentions, i) !== 'unlisted' || mentions.ends[i]! <= finding.range.start) continue;
    const { name, title: own } = targetAt(mentions, i);
    // A later reference ("Kovalenko") carries no title; the one that introduced them may ("Ministry spokesman").
    const title = own ?? mentions.targets.find((t) => t.entity === null && t.name === name && t.title !== undefined)?.title;
    return title ? { name, title } : { name };
  }
  const quotes = analysis.quotes;
  for (let i = 0; i < quotes.length; i++) {
    const speaker = quotes.speakers[i];
    const source = quoteSource(quotes, i);
    if (speaker && speaker.entity === null && source && overlaps(source, finding.range)) return { name: speaker.name };
  }
  const claims = analysis.claims;
  for (let i = 0; i < claims.length; i++) {
    const speaker = claims.speaker[i]!;
    if (speaker < 0 || claims.speakers[speaker]!.entity !== null) continue;
    const source = claimSource(claims, i);
    if (source && overlaps(source, finding.range)) return { name: claims.speakers[speaker]!.name };
  }
  const written = document.getText(toRange(document, finding.range)).trim();
  return written ? { name: written } : undefined;
}

export function registerCodeActions(context: vscode.ExtensionContext, cache: AnalysisCache, store: EntityStore): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider(
      { language: 'markdown' },
      new CopydeskCodeActionProvider(cache, store),
      CopydeskCodeActionProvider.metadata,
    ),
  );
}
