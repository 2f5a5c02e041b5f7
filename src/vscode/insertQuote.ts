// "Copydesk: Insert Sourced Quote": pick a quote from the entity lists (grouped by speaker, searchable
// by its words) or a speaker first, and insert it at the cursor in house form with its source marker.
// Whether the speaker is already named before the cursor decides first or later reference.
import * as vscode from 'vscode';
import {
  CURLY_QUOTES,
  describeSource,
  houseTitle,
  isFirstReference,
  quoteSentences,
  sourcedQuote,
  STRAIGHT_QUOTES,
  type QuoteMarks,
  type Reference,
} from '../engine/houseform';
import type { EntityIndex } from '../engine/entities/compile';
import { isScare } from '../engine/quotes/columns';
import type { Analysis, Entity, EntityQuote } from '../engine/types';
import type { AnalysisCache } from './analysisCache';
import type { EntityStore } from './entityStore';

export const INSERT_SOURCED_QUOTE = 'copydesk.insertSourcedQuote';
export const INSERT_SOURCED_QUOTE_BY_SPEAKER = 'copydesk.insertSourcedQuoteBySpeaker';

export interface InsertQuoteDeps {
  store: EntityStore;
  cache: AnalysisCache;
}

/**
 * Names a quote directly, skipping the picks (for keybindings and tests): the entity id, the quote's
 * index and, to quote one sentence of it alone, that sentence's index.
 */
export interface InsertQuoteArgs {
  entity: string;
  quote: number;
  sentence?: number;
}

interface QuoteChoice {
  entity: Entity;
  quote: EntityQuote;
}

interface QuoteItem extends vscode.QuickPickItem {
  choice?: QuoteChoice;
}

interface SpeakerItem extends vscode.QuickPickItem {
  entity: Entity;
}

/** Listed entities that have quotes, in list order. */
function quotedEntities(index: EntityIndex): Entity[] {
  return index.list.entities.filter((e) => e.quotes.length > 0);
}

/**
 * One separator per speaker, then that speaker's quotes. The quote's words are the label, so typing
 * filters by them; the detail names the speaker and source, and filters too.
 */
function quoteItems(entities: readonly Entity[], index: EntityIndex, withSeparators: boolean): QuoteItem[] {
  const items: QuoteItem[] = [];
  for (const entity of entities) {
    if (withSeparators) items.push({ label: entity.name, kind: vscode.QuickPickItemKind.Separator });
    for (const quote of entity.quotes) {
      const detail = `${entity.name} · ${describeSource(quote.ref, index.list.sources)}`;
      items.push({ label: quote.text, detail, choice: { entity, quote } });
      // Each sentence of a longer quote can be quoted alone, as wire copy often does.
      const sentences = quoteSentences(quote.text);
      if (sentences.length < 2) continue;
      sentences.forEach((sentence, i) => {
        items.push({
          label: sentence,
          description: `sentence ${i + 1} of ${sentences.length}`,
          detail,
          choice: { entity, quote: { text: sentence, ref: quote.ref } },
        });
      });
    }
  }
  return items;
}

async function pickQuote(entities: readonly Entity[], index: EntityIndex, title: string): Promise<QuoteChoice | undefined> {
  const picked = await vscode.window.showQuickPick(quoteItems(entities, index, entities.length > 1), {
    title,
    placeHolder: 'Type words of the quote or the speaker’s name',
    matchOnDetail: true,
  });
  return picked?.choice;
}

async function pickSpeaker(index: EntityIndex): Promise<Entity | undefined> {
  const items: SpeakerItem[] = quotedEntities(index).map((entity) => ({
    label: entity.name,
    description: houseTitle(entity) ?? undefined,
    detail: `${entity.quotes.length} quote${entity.quotes.length === 1 ? '' : 's'}`,
    entity,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: 'Insert Sourced Quote: speaker', placeHolder: 'Pick who is quoted' });
  return picked?.entity;
}

function choiceFromArgs(index: EntityIndex, args: InsertQuoteArgs): QuoteChoice | undefined {
  const entity = index.byId.get(args.entity);
  const quote = entity?.quotes[args.quote];
  if (!entity || !quote) return undefined;
  if (args.sentence === undefined) return { entity, quote };
  const sentence = quoteSentences(quote.text)[args.sentence];
  return sentence ? { entity, quote: { text: sentence, ref: quote.ref } } : undefined;
}

/** The draft's own quotation marks: curly when its first quote opens with a curly mark. */
function marksOf(document: vscode.TextDocument, analysis: Analysis): QuoteMarks {
  const quotes = analysis.quotes;
  if (quotes.length === 0) return STRAIGHT_QUOTES;
  // The first quote someone speaks; the first of all when every one is a scare quote.
  let first = 0;
  while (first < quotes.length && isScare(quotes, first)) first++;
  if (first === quotes.length) first = 0;
  const start = quotes.starts[first]!;
  const mark = document.getText(new vscode.Range(document.positionAt(start), document.positionAt(start + 1)));
  return mark === CURLY_QUOTES.open ? CURLY_QUOTES : STRAIGHT_QUOTES;
}

/**
 * The text to insert at `offset`: the house form for a first or later reference, and a space before
 * it when it would otherwise run into the word before the cursor.
 */
export function insertionFor(document: vscode.TextDocument, analysis: Analysis, offset: number, choice: QuoteChoice): string {
  const reference: Reference = isFirstReference(analysis.mentions, choice.entity.id, offset) ? 'first' : 'later';
  const text = sourcedQuote(choice.quote, choice.entity, reference, marksOf(document, analysis));
  const before = offset > 0 ? document.getText(new vscode.Range(document.positionAt(offset - 1), document.positionAt(offset))) : '';
  return before && !/\s/.test(before) ? ` ${text}` : text;
}

async function insertChoice(deps: InsertQuoteDeps, editor: vscode.TextEditor, choice: QuoteChoice): Promise<string | undefined> {
  const document = editor.document;
  const analysis = deps.cache.get(document) ?? deps.cache.analyzeNow(document);
  const selection = editor.selection;
  const text = insertionFor(document, analysis, document.offsetAt(selection.start), choice);
  const applied = await editor.edit((edit) => edit.replace(selection, text));
  return applied ? text : undefined;
}

function activeDraft(): vscode.TextEditor | undefined {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.languageId === 'markdown') return editor;
  void vscode.window.showInformationMessage('Copydesk: open a markdown draft to insert a quote.');
  return undefined;
}

/** Inserts a quote picked from every listed quote (or named by `args`); resolves to the inserted text. */
export async function insertSourcedQuote(deps: InsertQuoteDeps, args?: InsertQuoteArgs): Promise<string | undefined> {
  const editor = activeDraft();
  if (!editor) return undefined;
  const index = deps.store.index;
  const entities = quotedEntities(index);
  if (entities.length === 0) {
    void vscode.window.showInformationMessage('Copydesk: the entity lists hold no quotes.');
    return undefined;
  }
  const choice = args ? choiceFromArgs(index, args) : await pickQuote(entities, index, 'Insert Sourced Quote');
  return choice ? insertChoice(deps, editor, choice) : undefined;
}

/** Inserts a quote picked after its speaker; resolves to the inserted text. */
export async function insertSourcedQuoteBySpeaker(deps: InsertQuoteDeps): Promise<string | undefined> {
  const editor = activeDraft();
  if (!editor) return undefined;
  const index = deps.store.index;
  const speaker = await pickSpeaker(index);
  if (!speaker) return undefined;
  const choice = speaker.quotes.length === 1 ? { entity: speaker, quote: speaker.quotes[0] } : await pickQuote([speaker], index, `Insert Sourced Quote: ${speaker.name}`);
  return choice ? insertChoice(deps, editor, choice) : undefined;
}

export function registerInsertQuote(context: vscode.ExtensionContext, deps: InsertQuoteDeps): void {
  const insertSourcedQuoteCommand = (args?: InsertQuoteArgs) => insertSourcedQuote(deps, isInsertArgs(args) ? args : undefined);
  const insertSourcedQuoteBySpeakerCommand = () => insertSourcedQuoteBySpeaker(deps);
  context.subscriptions.push(
    vscode.commands.registerCommand(INSERT_SOURCED_QUOTE, insertSourcedQuoteCommand),
    vscode.commands.registerCommand(INSERT_SOURCED_QUOTE_BY_SPEAKER, insertSourcedQuoteBySpeakerCommand),
  );
}

/** Menus pass a URI as the first argument; only a well-formed `{ entity, quote }` skips the picks. */
function isInsertArgs(value: unknown): value is InsertQuoteArgs {
  const v = value as Partial<InsertQuoteArgs> | undefined;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.entity === 'string' &&
    Number.isInteger(v.quote) &&
    (v.sentence === undefined || Number.isInteger(v.sentence))
  );
}
