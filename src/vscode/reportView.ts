// The Check Attributions report: a tree in the panel beside Problems. Each draft lists its quotes with
// their speakers and its flags; one click on a row opens the draft with that text selected.
import * as vscode from 'vscode';
import type { Analysis } from '../engine/types';
import { REPORT_VIEW } from './commandIds';
import type { AnalysisCache } from './analysisCache';
import type { EntityStore } from './entityStore';
import { buildDraftReport, type DraftReport, type FlagRow, type QuoteRow, type ReportRow } from './reportModel';

export interface ReportedDraft {
  uri: vscode.Uri;
  report: DraftReport;
}

type Node =
  | { kind: 'draft'; draft: ReportedDraft }
  | { kind: 'group'; draft: ReportedDraft; group: 'quotes' | 'flags' }
  | { kind: 'quote'; draft: ReportedDraft; row: QuoteRow }
  | { kind: 'flag'; draft: ReportedDraft; row: FlagRow };

const SEVERITY_ICONS: Record<FlagRow['severity'], vscode.ThemeIcon> = {
  error: new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground')),
  warning: new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground')),
  information: new vscode.ThemeIcon('info', new vscode.ThemeColor('problemsInfoIcon.foreground')),
  hint: new vscode.ThemeIcon('lightbulb'),
};

export class AttributionReportProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private drafts: ReportedDraft[] = [];
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;

  /** Shows these drafts' reports (one draft: its groups at the top level). */
  show(drafts: ReportedDraft[]): void {
    this.drafts = drafts;
    this.changed.fire(undefined);
  }

  get shown(): readonly ReportedDraft[] {
    return this.drafts;
  }

  /** Replaces the report of a draft already shown (it was analysed again); others are left alone. */
  update(uri: vscode.Uri, report: DraftReport): void {
    const at = this.drafts.findIndex((d) => d.uri.toString() === uri.toString());
    if (at < 0) return;
    this.drafts = this.drafts.map((d, i) => (i === at ? { uri, report } : d));
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    if (!node) {
      if (this.drafts.length === 1) return groups(this.drafts[0]);
      return this.drafts.map((draft) => ({ kind: 'draft', draft }));
    }
    if (node.kind === 'draft') return groups(node.draft);
    if (node.kind === 'group') {
      return node.group === 'quotes'
        ? node.draft.report.quotes.map((row) => ({ kind: 'quote', draft: node.draft, row }))
        : node.draft.report.flags.map((row) => ({ kind: 'flag', draft: node.draft, row }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    switch (node.kind) {
      case 'draft': {
        const item = new vscode.TreeItem(node.draft.uri, vscode.TreeItemCollapsibleState.Expanded);
        const { quotes, flags } = node.draft.report;
        item.description = `${quotes.length} quotes · ${flags.length} flags`;
        return item;
      }
      case 'group': {
        const rows = node.group === 'quotes' ? node.draft.report.quotes : node.draft.report.flags;
        const label = node.group === 'quotes' ? `Quotes (${rows.length})` : `Flags (${rows.length})`;
        const item = new vscode.TreeItem(label, rows.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
        item.iconPath = new vscode.ThemeIcon(node.group === 'quotes' ? 'quote' : 'warning');
        return item;
      }
      case 'quote': {
        const item = rowItem(node.draft.uri, node.row);
        item.iconPath = new vscode.ThemeIcon(node.row.anonymous ? 'eye-closed' : node.row.attributed ? 'person' : 'question');
        return item;
      }
      case 'flag': {
        const item = rowItem(node.draft.uri, node.row);
        item.iconPath = SEVERITY_ICONS[node.row.severity];
        return item;
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function groups(draft: ReportedDraft): Node[] {
  return [
    { kind: 'group', draft, group: 'quotes' },
    { kind: 'group', draft, group: 'flags' },
  ];
}

function rowItem(uri: vscode.Uri, row: ReportRow): vscode.TreeItem {
  const item = new vscode.TreeItem(row.label, vscode.TreeItemCollapsibleState.None);
  item.description = row.description;
  item.tooltip = `${row.label}\n${row.description}`;
  const selection = new vscode.Range(row.start.line, row.start.character, row.end.line, row.end.character);
  item.command = { title: 'Go to', command: 'vscode.open', arguments: [uri, { selection, preserveFocus: false } satisfies vscode.TextDocumentShowOptions] };
  return item;
}

/** The report view; a draft it shows is kept up to date as the draft is analysed again. */
export function registerReportView(context: vscode.ExtensionContext, cache: AnalysisCache, store: EntityStore): AttributionReportProvider {
  const provider = new AttributionReportProvider();
  function didAnalyze({ document, analysis }: { document: vscode.TextDocument; analysis: Analysis }): void {
    if (!provider.shown.some((d) => d.uri.toString() === document.uri.toString())) return;
    provider.update(document.uri, buildDraftReport(cache.snapshot(document)?.text ?? document.getText(), analysis, store.index));
  }
  context.subscriptions.push(
    provider,
    vscode.window.createTreeView(REPORT_VIEW, { treeDataProvider: provider, showCollapseAll: true }),
    cache.onDidAnalyze(didAnalyze),
  );
  return provider;
}
