// Hover cards on mentions and quotes, read from the cached analysis of the current version only.
import * as vscode from 'vscode';
import type { AnalysisCache } from './analysisCache';
import type { EntityStore } from './entityStore';
import { entityCard, quoteCard, unlistedCard } from './hoverCard';
import { mentionUnder, quoteUnder } from './lookup';

export class CopydeskHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly cache: AnalysisCache,
    private readonly store: EntityStore,
  ) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): vscode.Hover | undefined {
    const snapshot = this.cache.snapshot(document);
    if (!snapshot || token.isCancellationRequested) return undefined;
    const { analysis, text } = snapshot;
    const offset = document.offsetAt(position);
    const index = this.store.index;
    const cards: string[] = [];
    let range: vscode.Range | undefined;

    const mention = mentionUnder(analysis.mentions, offset);
    if (mention) {
      const entity = mention.entity ? index.byId.get(mention.entity) : undefined;
      cards.push(entity ? entityCard(entity, index, { text, analysis }, mention) : unlistedCard(mention));
      range = new vscode.Range(document.positionAt(mention.range.start), document.positionAt(mention.range.end));
    }
    const quote = quoteUnder(analysis.quotes, offset);
    if (quote && !quote.scare) {
      cards.push(quoteCard(quote, index, text));
      range ??= new vscode.Range(document.positionAt(quote.range.start), document.positionAt(quote.range.end));
    }
    if (!cards.length) return undefined;
    return new vscode.Hover(cards.map(untrustedMarkdown), range);
  }
}

/** Markdown that can run nothing: no command links, no HTML, no theme icons from data. */
export function untrustedMarkdown(value: string): vscode.MarkdownString {
  const markdown = new vscode.MarkdownString(value, false);
  markdown.isTrusted = false;
  markdown.supportHtml = false;
  return markdown;
}

export function registerHover(context: vscode.ExtensionContext, cache: AnalysisCache, store: EntityStore): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider({ language: 'markdown' }, new CopydeskHoverProvider(cache, store)),
  );
}
