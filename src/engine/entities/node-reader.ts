// Typed, positioned reading of YAML nodes for the schema: strings, lists and mappings with known
// fields. Every wrong value becomes a positioned problem and comes back as `undefined`, so the caller
// drops only what is wrong. Aliases are followed on a budget.
import { isAlias, isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { MAX_ALIAS_COUNT, MAX_ALIAS_EXPANSION } from './limits';
import type { ProblemCollector } from './problems';
import type { SafeYaml } from './yaml-safe';

/** A field's key node and its value node (after aliases), present and not dropped. */
export interface Field {
  key: Node;
  value: Node;
}

/** A mapping's known fields by name, and which were written but dropped (their problem already reported). */
export class FieldSet {
  readonly present = new Map<string, Field>();
  readonly dropped = new Set<string>();

  get(name: string): Field | undefined {
    return this.present.get(name);
  }

  /** Written in the file, whether kept or dropped: a missing-field error would be wrong for it. */
  written(name: string): boolean {
    return this.present.has(name) || this.dropped.has(name);
  }
}

export class NodeReader {
  private aliasesUsed = 0;
  /** Nodes added by following aliases: the size of each alias's target, summed over every use. */
  private nodesExpanded = 0;
  private budgetReported = false;

  constructor(
    private readonly yaml: SafeYaml,
    readonly problems: ProblemCollector,
  ) {}

  /** The node itself, or the node its alias names; null when dropped (the problem is already reported). */
  deref(value: unknown): Node | null {
    if (!value || typeof value !== 'object') return null;
    let node = value as Node;
    if (this.yaml.rejected.has(node)) return null;
    if (isAlias(node)) {
      const target = this.yaml.aliasTargets.get(node);
      if (!target) {
        this.problems.atNode(node, 'error', `alias *${node.source} names no anchor (&${node.source}) before it`);
        return null;
      }
      // Counted before anything of the target is read, so no use can expand past the limit.
      this.nodesExpanded += this.yaml.anchorSizes.get(target) ?? 1;
      if (++this.aliasesUsed > MAX_ALIAS_COUNT || this.nodesExpanded > MAX_ALIAS_EXPANSION) return this.overBudget(node);
      node = target;
      if (this.yaml.rejected.has(node) || isAlias(node)) return null;
    }
    return node;
  }

  /** True for an absent value: a missing node or an empty scalar (`title:` with nothing after it). */
  isEmpty(node: Node | null): boolean {
    return node === null || (isScalar(node) && node.value === null);
  }

  string(node: Node, what: string): string | undefined {
    if (isScalar(node) && typeof node.value === 'string') {
      if (node.value.trim() !== '') return node.value;
      this.problems.atNode(node, 'error', `${what} is empty`);
      return undefined;
    }
    this.problems.atNode(node, 'error', `${what} must be text, not ${describe(node)}`);
    return undefined;
  }

  /** A list's items (aliases followed, dropped items left out); undefined when the node is no list. */
  list(node: Node, what: string): Node[] | undefined {
    return this.listItems(node, what)?.map((item) => item.value);
  }

  /** A list's items, each with the node written in the list (an alias, or the value itself). */
  listItems(node: Node, what: string): Array<{ value: Node; written: Node }> | undefined {
    if (!isSeq(node)) {
      this.problems.atNode(node, 'error', `${what} must be a list, not ${describe(node)}`);
      return undefined;
    }
    const items: Array<{ value: Node; written: Node }> = [];
    for (const item of node.items) {
      const value = this.deref(item);
      if (value) items.push({ value, written: item as Node });
    }
    return items;
  }

  /** A list of non-empty strings; wrong items are reported and left out. */
  stringList(node: Node, what: string): string[] {
    const items = this.list(node, what) ?? [];
    const strings: string[] = [];
    for (const item of items) {
      const text = this.string(item, `each item of ${what}`);
      if (text !== undefined) strings.push(text);
    }
    return strings;
  }

  /**
   * A mapping's fields by name. Unknown fields are warned about and ignored; a repeated field is an
   * error and the first one is kept. Keys are only compared as strings, never used as object keys,
   * so no key (`__proto__` included) can reach an object's prototype.
   */
  fields(node: Node, known: readonly string[], what: string): FieldSet | undefined {
    if (!isMap(node)) {
      this.problems.atNode(node, 'error', `${what} must be a mapping of fields, not ${describe(node)}`);
      return undefined;
    }
    const fields = new FieldSet();
    const seen = new Set<string>();
    for (const pair of (node as YAMLMap).items as Pair[]) {
      const key = this.deref(pair.key);
      if (!key) continue;
      const name = isScalar(key) && (typeof key.value === 'string' || typeof key.value === 'number') ? String(key.value) : null;
      if (name === null) {
        this.problems.atNode(key, 'warning', `${what} has a field whose name is ${describe(key)}; it is ignored`);
        continue;
      }
      if (seen.has(name)) {
        this.problems.atNode(key, 'error', `${what} repeats the field \`${name}\`; the first one is kept`);
        continue;
      }
      seen.add(name);
      if (!known.includes(name)) {
        this.problems.atNode(key, 'warning', `unknown field \`${name}\` in ${what}${suggestion(name, known)}; it is ignored`);
        continue;
      }
      if (!pair.value) continue;
      const value = this.deref(pair.value);
      if (value === null) fields.dropped.add(name);
      else if (!this.isEmpty(value)) fields.present.set(name, { key, value });
    }
    return fields;
  }

  private overBudget(node: Node): null {
    if (!this.budgetReported) {
      this.budgetReported = true;
      this.problems.atNode(
        node,
        'error',
        `too many aliases (more than ${MAX_ALIAS_COUNT} uses or ${MAX_ALIAS_EXPANSION} values through them): the rest are dropped`,
      );
    }
    return null;
  }
}

/** What a node is, for messages: "a list", "a number (3)". */
export function describe(node: Node): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isAlias(node)) return 'an alias';
  if (isScalar(node)) {
    const value = node.value;
    if (value === null) return 'empty';
    if (typeof value === 'number') return `a number (${value})`;
    if (typeof value === 'boolean') return `${value}`;
    if (typeof value === 'string') return `text`;
  }
  return 'something else';
}

/** " (did you mean `titles`?)" for a near miss among the known names, else "". */
function suggestion(name: string, known: readonly string[]): string {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of known) {
    const distance = editDistance(name.toLowerCase(), candidate, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best ? ` (did you mean \`${best}\`?)` : '';
}

/** Levenshtein distance, giving up (returning `limit`) once it cannot be below `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit || a.length > 64) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return Math.min(previous[b.length], limit);
}
