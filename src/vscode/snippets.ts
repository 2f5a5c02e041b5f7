// Builds the markdown snippets file (`snippets/markdown.json`) from an entity list: the house forms of
// a sourced quote and of attribution, with tab stops and choice lists of the listed speakers, and one
// snippet per listed quote. Pure (no `vscode`, no Node API): `scripts/generate-snippets.ts` writes
// its output at build time and a unit test checks that the checked-in file is current.
import { firstDescriptor, houseTitle, isCompletable, nameForm, quoteBeforeAttribution, sourceMarker, surnameOf, titleAfterName } from '../engine/houseform';
import type { Entity, EntityList } from '../engine/types';

export interface Snippet {
  prefix: string[];
  body: string[];
  description: string;
}

export type SnippetFile = Record<string, Snippet>;

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const PLATFORMS = ['X', 'Telegram', 'Facebook', 'Instagram', 'Truth Social', 'Bluesky', 'Threads', 'LinkedIn'];

/** Escapes text for a snippet body: `$`, `}` and `\` are syntax there. */
export function escapeText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Escapes one option of a choice list, where `,` and `|` are syntax too. */
export function escapeChoice(text: string): string {
  return text.replace(/[\\$}|,]/g, (c) => `\\${c}`);
}

/** `${n|a,b|}`, or `${n:fallback}` when there is nothing to choose from. */
export function choice(stop: number, options: readonly string[], fallback: string): string {
  const unique = [...new Set(options.map((o) => o.trim()).filter((o) => o !== ''))];
  if (unique.length === 0) return `\${${stop}:${escapeText(fallback)}}`;
  return `\${${stop}|${unique.map(escapeChoice).join(',')}|}`;
}

/** Listed people a draft quotes: persons other than credited journalists, in list order. */
export function speakersOf(list: EntityList): Entity[] {
  return list.entities.filter((e) => e.type === 'person' && isCompletable(e));
}

/** The snippets for a list. Keys are stable and in a fixed order so the generated file diffs cleanly. */
export function buildSnippets(list: EntityList): SnippetFile {
  const speakers = speakersOf(list);
  const surnames = speakers.map((e) => nameForm(e, 'later').text);
  const fullNames = speakers.map((e) => e.name);
  const anyName = [...fullNames, ...surnames];
  // "said NAME, TITLE": the title follows the name here whatever its length, so lowercase.
  const titled = speakers.map((e) => {
    const title = houseTitle(e);
    const descriptor = firstDescriptor(e);
    return title ? `${e.name}, ${titleAfterName(title)}` : descriptor ? `${e.name}, ${descriptor}` : e.name;
  });
  const sourceIds = list.sources.map((s) => s.id);

  const snippets: SnippetFile = {
    'Quote, later reference': {
      prefix: ['quote-said'],
      body: [`"\${1:quote}," ${choice(2, surnames, 'NAME')} said.$0`],
      description: 'House form on later reference: "…," NAME said.',
    },
    'Quote, first reference with title': {
      prefix: ['quote-said-title'],
      body: [`"\${1:quote}," said ${choice(2, titled, 'NAME, TITLE')}.$0`],
      description: 'House form on first reference, the attribution inverted after a long title: "…," said NAME, TITLE.',
    },
    'Sourced quote': {
      prefix: ['quote-sourced'],
      body: [`"\${1:quote}," ${choice(2, surnames, 'NAME')} said. <!-- source: ${choice(3, sourceIds, 'SOURCE')}#p\${4:1} -->$0`],
      description: 'A quote in house form with the marker naming its source and paragraph.',
    },
    'Said on a day': {
      prefix: ['said-on'],
      body: [`${choice(1, anyName, 'NAME')} said on ${choice(2, DAYS, 'DAY')} that \${3:…}.$0`],
      description: 'Reported speech: NAME said on DAY that …',
    },
    'According to': {
      prefix: ['according-to'],
      body: [`according to ${choice(1, anyName, 'NAME')}$0`],
      description: 'Attribution: according to NAME',
    },
    'Told reporters': {
      prefix: ['told-reporters'],
      body: [`${choice(1, anyName, 'NAME')} told reporters \${2:that …}$0`],
      description: 'Attribution: NAME told reporters …',
    },
    'Wrote on a platform': {
      prefix: ['wrote-on'],
      body: [`${choice(1, anyName, 'NAME')} wrote on ${choice(2, PLATFORMS, 'PLATFORM')} that \${3:…}$0`],
      description: 'Attribution: NAME wrote on PLATFORM that …',
    },
  };

  for (const speaker of speakers) {
    const surname = surnameOf(speaker);
    speaker.quotes.forEach((quote, i) => {
      const quoted = `"${escapeText(quoteBeforeAttribution(quote.text))}"`;
      const first = nameForm(speaker, 'first');
      const attributions = [
        first.inverted ? `said ${first.text}.` : `${first.text} said.`,
        `${nameForm(speaker, 'later').text} said.`,
      ];
      const marker = sourceMarker(quote.ref);
      snippets[`Quote: ${speaker.name} ${i + 1}`] = {
        prefix: [`quote-${slug(surname)}`],
        body: [`${quoted} ${choice(1, attributions, 'NAME said.')}${marker ? ` ${escapeText(marker)}` : ''}$0`],
        description: `${speaker.name}: ${quote.text}`,
      };
    });
  }
  return snippets;
}

function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The file as written to disk: stable key order, two-space indent, final newline. */
export function serializeSnippets(file: SnippetFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}
