// Adding an unlisted person to a workspace entity file, and that file to `.copydesk.yaml`, through
// `yaml`'s Document API so the writer's comments, order and formatting stay as they were
// (pure: no `vscode` import).
import { isMap, isSeq, parseDocument, YAMLSeq, type Document } from 'yaml';

export interface NewPerson {
  name: string;
  /** The title the draft introduces them with ("Kremlin aide"), if any. */
  title?: string;
}

export class YamlEditError extends Error {}

const NEW_ENTITY_FILE = '# Copydesk entity list for this workspace. Entries here replace bundled ones with the same id.\nversion: 1\nentities: []\n';

/** Returns the file's new text with the person appended to `entities` (creating the file when `text` is undefined). */
export function addPersonToEntityYaml(text: string | undefined, person: NewPerson): { text: string; id: string } {
  const doc = parseOrThrow(text ?? NEW_ENTITY_FILE, 'The entity file');
  if (!doc.has('version')) doc.set('version', 1);
  const entities = blockSequence(doc, 'entities');
  const taken = new Set<string>();
  for (const item of entities.items) {
    const id = isMap(item) ? item.get('id') : undefined;
    if (typeof id === 'string') taken.add(id);
  }
  const id = uniqueId(kebabCase(person.name) || 'person', taken);
  const entry: Record<string, unknown> = { id, name: person.name.trim(), type: 'person', role: person.title ? 'official' : 'other' };
  if (person.title) entry.title = person.title.trim();
  entities.add(doc.createNode(entry));
  return { text: doc.toString(), id };
}

/** Returns `.copydesk.yaml`'s new text with `path` listed under `entityFiles` (no change if already there). */
export function addEntityFileToConfig(text: string | undefined, path: string): string {
  const doc = parseOrThrow(text ?? '', 'The configuration file');
  const files = blockSequence(doc, 'entityFiles');
  if (!files.items.some((item) => String(isScalarLike(item) ? item.value : item) === path)) files.add(doc.createNode(path));
  return doc.toString();
}

function parseOrThrow(text: string, what: string): Document {
  const doc = parseDocument(text, { schema: 'core' });
  if (doc.errors.length) throw new YamlEditError(`${what} has YAML errors; fix them first (${doc.errors[0].message.split('\n')[0]}).`);
  if (doc.contents !== null && !isMap(doc.contents)) throw new YamlEditError(`${what} is not a YAML mapping.`);
  return doc;
}

/** The sequence under `key`, created if missing; an empty flow sequence (`[]`) becomes a block one. */
function blockSequence(doc: Document, key: string): YAMLSeq {
  const existing: unknown = doc.get(key, true);
  if (isSeq(existing)) {
    if (existing.items.length === 0) existing.flow = false;
    return existing;
  }
  const value = existing as { value?: unknown } | undefined;
  if (existing !== undefined && existing !== null && value?.value !== null) throw new YamlEditError(`\`${key}\` is not a list.`);
  const seq = new YAMLSeq();
  doc.set(key, seq);
  return seq;
}

function isScalarLike(item: unknown): item is { value: unknown } {
  return typeof item === 'object' && item !== null && 'value' in item;
}

export function kebabCase(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function uniqueId(base: string, taken: Set<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n++;
  return `${base}-${n}`;
}
