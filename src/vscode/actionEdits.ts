// The text the code actions insert (pure: no `vscode` import).
import type { EntityIndex } from '../engine/entities/compile';
import { entityAt } from '../engine/mentions/columns';
import type { Analysis, Quote } from '../engine/types';

/** Snippet choices escape `$`, `}`, `\`, `,` and `|`. */
function choiceValue(text: string): string {
  return text.replace(/[$}\\,|]/g, (c) => `\\${c}`);
}

/** Listed people, those the draft mentions first, in the order the draft first names them. */
export function speakerChoices(analysis: Analysis, index: EntityIndex): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const mentions = analysis.mentions;
  for (let i = 0; i < mentions.length; i++) {
    const id = entityAt(mentions, i);
    const e = id ? index.byId.get(id) : undefined;
    if (e && e.type === 'person' && !seen.has(e.id)) {
      seen.add(e.id);
      out.push(e.name);
    }
  }
  for (const e of index.list.entities) {
    if (e.type === 'person' && e.role !== 'journalist' && !seen.has(e.id)) {
      seen.add(e.id);
      out.push(e.name);
    }
  }
  return out;
}

export interface AttributionInsert {
  /** Offset of a period inside the closing mark to turn into a comma, as wire style does, or null. */
  periodToComma: number | null;
  /** Where the snippet goes: right after the closing mark. */
  at: number;
  snippet: string;
}

/**
 * `"We are ready."` → `"We are ready," NAME said.` — the speaker is a snippet choice of listed people.
 * A quote ending in `,` keeps the writer's sentence going (`"…," NAME said`); `?` and `!` stay.
 */
export function attributionInsert(quote: Quote, text: string, choices: string[]): AttributionInsert {
  const speaker = choices.length ? `\${1|${choices.map(choiceValue).join(',')}|}` : '${1:speaker}';
  const at = quote.range.end;
  const last = lastNonSpace(text, quote.content.start, quote.content.end);
  const lastChar = last >= 0 ? text[last] : '';
  if (lastChar === '.') return { periodToComma: last, at, snippet: ` ${speaker} said.` };
  if (lastChar === '?' || lastChar === '!') return { periodToComma: null, at, snippet: ` ${speaker} said.` };
  return { periodToComma: null, at, snippet: ` ${speaker} said` };
}

function lastNonSpace(text: string, start: number, end: number): number {
  for (let i = end - 1; i >= start; i--) if (!/\s/.test(text[i])) return i;
  return -1;
}

/** The marker that makes a claim verified; the writer says how. */
export const VERIFIED_MARKER_SNIPPET = ' <!-- verified: ${1:how it was checked} -->';

export function disableNextLineComment(rule: string, indentation: string): string {
  return `${indentation}<!-- copydesk-disable-next-line ${rule} -->\n`;
}
