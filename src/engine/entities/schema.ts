// Schema version 1 of an entity file: reads the checked YAML nodes into sources and entities. One bad
// entity drops only that entity; a bad optional field (or list item, fact or quote) drops only itself.
import { isAlias, isMap, isScalar, type Node } from 'yaml';
import type { Entity, EntityList, EntityQuote, EntityType, Fact, Origin, PersonRole, Pronoun, Source, SourceRef } from '../types';
import { type FieldSet, NodeReader } from './node-reader';
import { isKebabCase, parseRef } from './refs';

export const SCHEMA_VERSION = 1;

const FILE_FIELDS = ['version', 'sources', 'entities'] as const;
const SOURCE_FIELDS = ['id', 'publisher', 'dateline', 'date', 'title', 'url'] as const;
const ENTITY_FIELDS = [
  'id', 'name', 'type', 'role', 'title', 'titles', 'affiliation', 'aliases', 'descriptors',
  'misspellings', 'pronoun', 'facts', 'quotes',
] as const;
const STATEMENT_FIELDS = ['text', 'ref'] as const;

const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place'];
const PERSON_ROLES: readonly PersonRole[] = ['official', 'journalist', 'other'];
const PRONOUNS: readonly Pronoun[] = ['he', 'she', 'they'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class SchemaReader {
  private readonly sourceIds = new Set<string>();
  private readonly entityIds = new Set<string>();

  constructor(
    private readonly read: NodeReader,
    /** Source ids that refs may name besides the file's own (the bundled list's). */
    private readonly knownSourceIds: ReadonlySet<string>,
  ) {}

  private get problems() {
    return this.read.problems;
  }

  readFile(root: Node | null): EntityList {
    const list: EntityList = { sources: [], entities: [] };
    if (this.read.isEmpty(root)) {
      this.problems.atOffset(0, 'warning', 'the entity file is empty');
      return list;
    }
    const fields = this.read.fields(root!, FILE_FIELDS, 'the entity file');
    if (!fields) return list;

    const version = fields.get('version');
    if (!version) {
      if (!fields.dropped.has('version')) {
        this.problems.atNode(root!, 'error', `the entity file has no \`version: ${SCHEMA_VERSION}\``);
      }
    } else if (!isVersion(version.value)) {
      this.problems.atNode(version.value, 'error', `unsupported version: this Copydesk reads \`version: ${SCHEMA_VERSION}\`; nothing loaded`);
      return list;
    }
    // Sources first, wherever they stand in the file, so refs can be checked against them.
    const sources = fields.get('sources');
    if (sources) list.sources = this.readMany(sources.value, 'sources', (node, written) => this.readSource(node, written));
    const entities = fields.get('entities');
    if (entities) list.entities = this.readMany(entities.value, 'entities', (node, written) => this.readEntity(node, written));
    return list;
  }

  private readMany<T>(node: Node, what: string, readOne: (node: Node, written: Node) => T | null): T[] {
    const items = this.read.listItems(node, `\`${what}\``) ?? [];
    const results: T[] = [];
    for (const item of items) {
      const result = readOne(item.value, item.written);
      if (result) results.push(result);
    }
    return results;
  }

  private readSource(node: Node, written: Node): Source | null {
    const fields = this.read.fields(node, SOURCE_FIELDS, 'a source');
    if (!fields) return null;
    const id = this.readId(node, written, fields, 'source', this.sourceIds);
    if (id === undefined) return null;
    const source: Source = { id, origin: this.origin(node) };
    for (const name of ['publisher', 'dateline', 'title', 'url'] as const) {
      const value = this.optionalString(fields, name);
      if (value !== undefined) source[name] = value;
    }
    const date = this.optionalString(fields, 'date');
    if (date !== undefined) {
      if (ISO_DATE.test(date)) source.date = date;
      else this.problems.atNode(fields.get('date')!.value, 'error', `\`date\` must be written YYYY-MM-DD, like 2025-12-19`);
    }
    return source;
  }

  private readEntity(node: Node, written: Node): Entity | null {
    const fields = this.read.fields(node, ENTITY_FIELDS, 'an entity');
    if (!fields) return null;
    const id = this.readId(node, written, fields, 'entity', this.entityIds);
    const name = this.required(node, fields, 'name', 'entity');
    const type = this.requiredChoice(node, fields, 'type', ENTITY_TYPES, 'entity');
    if (id === undefined || name === undefined || type === undefined) return null;

    const entity: Entity = {
      id, name, type,
      titles: this.optionalStrings(fields, 'titles'),
      aliases: this.optionalStrings(fields, 'aliases'),
      descriptors: this.optionalStrings(fields, 'descriptors'),
      misspellings: this.optionalStrings(fields, 'misspellings'),
      facts: this.statements(fields, 'facts'),
      quotes: this.statements(fields, 'quotes'),
      origin: this.origin(node),
    };
    entity.misspellings = this.withoutCorrectForms(entity, fields);
    const role = this.optionalChoice(fields, 'role', PERSON_ROLES);
    if (role !== undefined) {
      if (type === 'person') entity.role = role;
      else this.problems.atNode(fields.get('role')!.key, 'error', `\`role\` is for persons only, and this entity is a ${type}; it is ignored`);
    }
    const title = this.optionalString(fields, 'title');
    if (title !== undefined) entity.title = title;
    const affiliation = this.optionalString(fields, 'affiliation');
    if (affiliation !== undefined) entity.affiliation = affiliation;
    const pronoun = this.optionalChoice(fields, 'pronoun', PRONOUNS);
    if (pronoun !== undefined) entity.pronoun = pronoun;
    return entity;
  }

  /**
   * Misspellings that are also a correct form of the entity (its name, a person's surname, an alias)
   * would flag correct copy: each is warned about and left out.
   */
  private withoutCorrectForms(entity: Entity, fields: FieldSet): string[] {
    if (entity.misspellings.length === 0) return entity.misspellings;
    const correct = new Set([entity.name, ...entity.aliases]);
    if (entity.type === 'person') correct.add(entity.name.trim().split(/\s+/).pop()!);
    return entity.misspellings.filter((form) => {
      if (!correct.has(form)) return true;
      this.problems.atNode(fields.get('misspellings')!.key, 'warning', `\`${form}\` is both a misspelling and a correct form of ${entity.name}; it is not flagged`);
      return false;
    });
  }

  /**
   * A required kebab-case id, unique among `seen`; the first of two equal ids is kept. `written` is
   * the list item as written: an alias repeating an earlier item is reported where the alias stands.
   */
  private readId(node: Node, written: Node, fields: FieldSet, what: string, seen: Set<string>): string | undefined {
    const id = this.required(node, fields, 'id', what);
    if (id === undefined) return undefined;
    const value = fields.get('id')!.value;
    if (!isKebabCase(id)) {
      this.problems.atNode(value, 'error', `${what} id \`${id}\` must be kebab-case: lowercase letters and digits joined by hyphens, like \`rustem-umerov\``);
      return undefined;
    }
    if (seen.has(id)) {
      const at = isAlias(written) ? written : value;
      this.problems.atNode(at, 'error', `duplicate ${what} id \`${id}\`: the first one is kept`);
      return undefined;
    }
    seen.add(id);
    return id;
  }

  private required(node: Node, fields: FieldSet, name: string, what: string): string | undefined {
    const field = fields.get(name);
    if (!field) {
      if (!fields.written(name)) this.problems.atNode(node, 'error', `${what} is missing \`${name}\`; it is not loaded`);
      return undefined;
    }
    return this.read.string(field.value, `\`${name}\``);
  }

  private requiredChoice<T extends string>(node: Node, fields: FieldSet, name: string, choices: readonly T[], what: string): T | undefined {
    if (!fields.get(name)) {
      if (!fields.written(name)) this.problems.atNode(node, 'error', `${what} is missing \`${name}\` (${choices.join(' | ')}); it is not loaded`);
      return undefined;
    }
    return this.optionalChoice(fields, name, choices);
  }

  private optionalChoice<T extends string>(fields: FieldSet, name: string, choices: readonly T[]): T | undefined {
    const value = this.optionalString(fields, name);
    if (value === undefined) return undefined;
    if ((choices as readonly string[]).includes(value)) return value as T;
    this.problems.atNode(fields.get(name)!.value, 'error', `\`${name}\` must be one of ${choices.join(', ')}; not \`${value}\``);
    return undefined;
  }

  private optionalString(fields: FieldSet, name: string): string | undefined {
    const field = fields.get(name);
    return field ? this.read.string(field.value, `\`${name}\``) : undefined;
  }

  private optionalStrings(fields: FieldSet, name: string): string[] {
    const field = fields.get(name);
    return field ? this.read.stringList(field.value, `\`${name}\``) : [];
  }

  /** Facts or quotes: each `{ text, ref }` or a bare string; one with a bad ref is dropped whole. */
  private statements(fields: FieldSet, name: 'facts' | 'quotes'): Array<Fact & EntityQuote> {
    const field = fields.get(name);
    if (!field) return [];
    const what = name === 'facts' ? 'a fact' : 'a quote';
    const statements: Array<Fact & EntityQuote> = [];
    for (const item of this.read.list(field.value, `\`${name}\``) ?? []) {
      const statement = this.statement(item, what);
      if (statement) statements.push(statement);
    }
    return statements;
  }

  private statement(node: Node, what: string): (Fact & EntityQuote) | null {
    if (!isMap(node)) {
      const text = this.read.string(node, `${what} (text, or a mapping with \`text\` and \`ref\`)`);
      return text === undefined ? null : { text, ref: null };
    }
    const fields = this.read.fields(node, STATEMENT_FIELDS, what);
    if (!fields) return null;
    const text = this.required(node, fields, 'text', what);
    if (text === undefined || fields.dropped.has('ref')) return null;
    const refField = fields.get('ref');
    if (!refField) return { text, ref: null };
    const ref = this.ref(refField.value);
    return ref ? { text, ref } : null;
  }

  private ref(node: Node): SourceRef | null {
    const raw = this.read.string(node, '`ref`');
    if (raw === undefined) return null;
    const ref = parseRef(raw);
    if (!ref) {
      this.problems.atNode(node, 'error', `\`ref\` \`${raw}\` must name a source and paragraph, like \`report#p3\`; this item is dropped`);
      return null;
    }
    if (!this.sourceIds.has(ref.source) && !this.knownSourceIds.has(ref.source)) {
      const known = [...new Set([...this.sourceIds, ...this.knownSourceIds])].join(', ') || 'none';
      this.problems.atNode(node, 'error', `\`ref\` \`${raw}\` names no known source \`${ref.source}\` (known: ${known}); this item is dropped`);
      return null;
    }
    return ref;
  }

  private origin(node: Node): Origin {
    return { path: this.problems.path, ...this.problems.position(node.range?.[0] ?? 0) };
  }
}

function isVersion(node: Node): boolean {
  return isScalar(node) && node.value === SCHEMA_VERSION;
}
