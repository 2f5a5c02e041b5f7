// Completions of listed names while typing prose: the full name with its title on first reference,
// the surname after; the hover card as documentation. Asked for by hand between words, every listed
// name. Nothing is offered in code, front matter, link destinations or anything else the engine does
// not read as prose.
import * as vscode from 'vscode';
import { entitiesNamedBefore, nameCompletion, nameOffer } from '../engine/houseform';
import type { Mentions } from '../engine/types';
import { documentKind, type AnalysisCache } from './analysisCache';
import { completionMentions } from './completionBasis';
import type { EntityStore } from './entityStore';
import { untrustedMarkdown } from './hover';
import { entityCard } from './hoverCard';

export interface CompletionDeps {
  store: EntityStore;
  cache: AnalysisCache;
}

/** A name being typed: letters and marks, with inner apostrophes, hyphens and periods ("O'Brien", "U.S."). */
const NAME_WORD = /[\p{L}\p{M}][\p{L}\p{M}'\u2019.-]*/u;

/** How many characters before the word to read for a title already written. */
const TITLE_LOOKBACK = 80;

/** A completion that remembers its entity, so the card is built only when the item is shown. */
export class NameCompletionItem extends vscode.CompletionItem {
  constructor(
    label: vscode.CompletionItemLabel,
    readonly entityId: string,
  ) {
    super(label, vscode.CompletionItemKind.User);
  }
}

export class NameCompletionProvider implements vscode.CompletionItemProvider<NameCompletionItem> {
  constructor(private readonly deps: CompletionDeps) {}

  provideCompletionItems(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
    context?: vscode.CompletionContext,
  ): NameCompletionItem[] | undefined {
    const typed = document.getWordRangeAtPosition(position, NAME_WORD);
    const word = typed && !typed.start.isEqual(position) ? typed : undefined;
    // Between words only when asked for by hand (Ctrl+Space): then every listed name is offered.
    if (!word && context?.triggerKind !== vscode.CompletionTriggerKind.Invoke) return undefined;
    const from = word ? word.start : position;
    const prefix = word ? document.getText(new vscode.Range(from, position)) : '';
    const start = document.offsetAt(from);
    // Whether the cursor is in prose: the word's own start, or between words the last character typed
    // before it on its line (a paragraph's trailing space lies outside its prose).
    const probe = word ? start : lastCharacterBefore(document, position);
    const mentions = probe === undefined ? undefined : this.mentionsFor(document, probe);
    if (token.isCancellationRequested || !mentions) return undefined;

    // Enough of the line before the word to see a title the writer has already typed.
    const lineStart = new vscode.Position(from.line, Math.max(0, from.character - TITLE_LOOKBACK));
    const textBefore = document.getText(new vscode.Range(lineStart, from));
    const range = { inserting: new vscode.Range(from, position), replacing: word ?? new vscode.Range(position, position) };
    const items: NameCompletionItem[] = [];
    const named = entitiesNamedBefore(mentions, start);
    for (const entity of this.deps.store.index.list.entities) {
      const reference = named.has(entity.id) ? 'later' : 'first';
      const completion = word ? nameCompletion(entity, prefix, reference, textBefore) : nameOffer(entity, reference, textBefore);
      if (!completion) continue;
      const item = new NameCompletionItem({ label: completion.label, description: completion.detail ?? undefined }, entity.id);
      item.kind = entity.type === 'person' ? vscode.CompletionItemKind.User : vscode.CompletionItemKind.Reference;
      item.detail = completion.detail ?? undefined;
      item.insertText = completion.insertText;
      item.filterText = completion.filterText;
      // People first, then organizations and places, each in name order.
      item.sortText = `${entity.type === 'person' ? 0 : 1} ${completion.label}`;
      item.range = range;
      items.push(item);
    }
    return items;
  }

  /** The mentions to complete from, or undefined when the word is not in prose (see completionMentions). */
  private mentionsFor(document: vscode.TextDocument, start: number): Mentions | undefined {
    const cache = this.deps.cache;
    return completionMentions(
      {
        current: cache.get(document),
        latest: cache.latest(document)?.analysis,
        length: document.offsetAt(document.lineAt(document.lineCount - 1).range.end),
        lineStart: document.offsetAt(new vscode.Position(document.positionAt(start).line, 0)),
        text: () => document.getText(),
        kind: documentKind(document),
        analyse: () => cache.analyzeNow(document),
      },
      start,
    );
  }

  resolveCompletionItem(item: NameCompletionItem): NameCompletionItem {
    const index = this.deps.store.index;
    const entity = index.byId.get(item.entityId);
    // The hover's card, without the draft's own usage (the item is not tied to a place in the draft).
    if (entity) item.documentation = untrustedMarkdown(entityCard(entity, index));
    return item;
  }
}

/** The offset of the last character before `position` on its line that is not whitespace; undefined if none. */
function lastCharacterBefore(document: vscode.TextDocument, position: vscode.Position): number | undefined {
  const typed = document.lineAt(position.line).text.slice(0, position.character).trimEnd().length;
  return typed > 0 ? document.offsetAt(new vscode.Position(position.line, typed - 1)) : undefined;
}

export function registerCompletions(context: vscode.ExtensionContext, deps: CompletionDeps): void {
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider({ language: 'markdown' }, new NameCompletionProvider(deps)),
  );
}
