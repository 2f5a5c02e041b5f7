// The VS Code providers' work per call on a cached analysis, timed in Node. Each function below does
// what its provider in src/vscode does once the cache holds the analysis of the document's version:
// the same lookups, card and title builders and completion loop; only the `vscode` objects are left
// out, and `TextDocument.positionAt`/`offsetAt` become a line index built once per document version
// (as VS Code keeps the line starts of an open document).
import type { EntityIndex } from '../src/engine/entities/compile';
import { mentionList } from '../src/engine/mentions/columns';
import { isScare, quoteAt } from '../src/engine/quotes/columns';
import { entitiesNamedBefore, nameCompletion } from '../src/engine/houseform';
import { formatSummary, summarize } from '../src/engine/report';
import { LineIndex, type Position } from '../src/engine/text/lines';
import type { Analysis } from '../src/engine/types';
import { entityCard, quoteCard, unlistedCard } from '../src/vscode/hoverCard';
import { quoteLensTitle } from '../src/vscode/lensTitles';
import { isProse, mentionUnder, quoteUnder } from '../src/vscode/lookup';

export interface CachedDraft {
  text: string;
  analysis: Analysis;
  index: EntityIndex;
  lines: LineIndex;
}

interface RangeLike {
  start: Position;
  end: Position;
}

/** `CopydeskHoverProvider.provideHover` at `position`: the cards' markdown and the range. */
export function hoverAt(draft: CachedDraft, position: Position): { cards: string[]; range: RangeLike | undefined } {
  const { analysis, text, index, lines } = draft;
  const offset = lines.offsetAt(position);
  const cards: string[] = [];
  let range: RangeLike | undefined;
  const mention = mentionUnder(analysis.mentions, offset);
  if (mention) {
    const entity = mention.entity ? index.byId.get(mention.entity) : undefined;
    cards.push(entity ? entityCard(entity, index, { text, analysis }, mention) : unlistedCard(mention));
    range = { start: lines.positionAt(mention.range.start), end: lines.positionAt(mention.range.end) };
  }
  const quote = quoteUnder(analysis.quotes, offset);
  if (quote && !quote.scare) {
    cards.push(quoteCard(quote, index, text));
    range ??= { start: lines.positionAt(quote.range.start), end: lines.positionAt(quote.range.end) };
  }
  return { cards, range };
}

/**
 * How many lenses VS Code resolves after placing them: those on screen, here the summary and the next
 * forty (a tall editor shows about sixty lines, with a quote on a line at most).
 */
export const LENSES_ON_SCREEN = 41;

/**
 * `CopydeskCodeLensProvider.provideCodeLenses`, a lens placed over each quote, then `resolveCodeLens`
 * for the lenses on screen: the summary and the first quotes' titles.
 */
export function codeLenses(draft: CachedDraft): { at: Position; title: string }[] {
  const { analysis, text, index, lines } = draft;
  const quotes = analysis.quotes;
  const placed: { at: Position; quote: number; title: string }[] = [{ at: { line: 0, character: 0 }, quote: -1, title: '' }];
  for (let i = 0; i < quotes.length; i++) {
    if (isScare(quotes, i)) continue;
    placed.push({ at: lines.positionAt(quotes.starts[i]!), quote: i, title: '' });
  }
  const shown = placed.slice(0, LENSES_ON_SCREEN);
  for (const lens of shown) lens.title = lens.quote >= 0 ? quoteLensTitle(quoteAt(quotes, lens.quote), index, text) : formatSummary(summarize(analysis));
  return shown;
}

/** The word being typed, as `getWordRangeAtPosition` with completion.ts's pattern finds it on the line. */
const NAME_WORD = /[\p{L}\p{M}][\p{L}\p{M}'\u2019.-]*/gu;

function wordRangeAt(text: string, lines: LineIndex, offset: number): { start: number; end: number } | undefined {
  const position = lines.positionAt(offset);
  const lineStart = offset - position.character;
  const next = lines.offsetAt({ line: position.line + 1, character: 0 });
  const line = text.slice(lineStart, next);
  for (const m of line.matchAll(NAME_WORD)) {
    const start = lineStart + m.index;
    const end = start + m[0].length;
    if (start <= offset && offset <= end) return { start, end };
    if (start > offset) break;
  }
  return undefined;
}

/** How many characters before the word completion.ts reads for a title already written. */
const TITLE_LOOKBACK = 80;

interface CompletionItemLike {
  label: string;
  description: string | undefined;
  entityId: string;
  insertText: string;
  filterText: string;
  range: { inserting: RangeLike; replacing: RangeLike };
}

/** `NameCompletionProvider.provideCompletionItems` with the cursor at `position`. */
export function completionsAt(draft: CachedDraft, position: Position): CompletionItemLike[] | undefined {
  const { analysis, text, index, lines } = draft;
  const offset = lines.offsetAt(position);
  const word = wordRangeAt(text, lines, offset);
  if (!word || word.start === offset) return undefined;
  const prefix = text.slice(word.start, offset);
  if (!isProse(analysis, word.start)) return undefined;
  const at = position;
  const wordStart = lines.positionAt(word.start);
  const wordEnd = lines.positionAt(word.end);
  const textBefore = text.slice(Math.max(word.start - wordStart.character, word.start - TITLE_LOOKBACK), word.start);
  const items: CompletionItemLike[] = [];
  const named = entitiesNamedBefore(analysis.mentions, word.start);
  for (const entity of index.list.entities) {
    const reference = named.has(entity.id) ? 'later' : 'first';
    const completion = nameCompletion(entity, prefix, reference, textBefore);
    if (!completion) continue;
    items.push({
      label: completion.label,
      description: completion.detail ?? undefined,
      entityId: entity.id,
      insertText: completion.insertText,
      filterText: completion.filterText,
      range: { inserting: { start: wordStart, end: at }, replacing: { start: wordStart, end: wordEnd } },
    });
  }
  return items;
}

/**
 * Where the bench calls the providers: `count` listed names spread evenly over the draft, hovered on
 * their first letter and completed with their first three letters typed.
 */
export function probePositions(draft: CachedDraft, count: number): { hover: Position[]; completion: Position[] } {
  const named = mentionList(draft.analysis.mentions).filter((m) => m.entity !== null && m.kind === 'name' && m.range.end - m.range.start > 3);
  const hover: Position[] = [];
  const completion: Position[] = [];
  for (let i = 0; i < count && named.length > 0; i++) {
    const start = named[Math.floor(((i + 0.5) * named.length) / count)].range.start;
    hover.push(draft.lines.positionAt(start));
    completion.push(draft.lines.positionAt(start + 3));
  }
  return { hover, completion };
}
