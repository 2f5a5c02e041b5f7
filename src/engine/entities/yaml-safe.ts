// Reads untrusted YAML into positioned nodes without any of YAML's dangerous corners: the size capped,
// extreme nesting refused from the raw text (the parser slows down with depth) and exact nesting
// checked on the parser's token tree before any recursive step runs, the core schema only (no custom
// or language tags, no merge keys), and aliases left unexpanded (the schema reader expands them on a
// budget).
import {
  type Alias,
  type CST,
  Composer,
  type Document,
  isAlias,
  isMap,
  isPair,
  isSeq,
  LineCounter,
  type Node,
  Parser,
} from 'yaml';
import { MAX_DEPTH, MAX_FILE_LENGTH, MAX_INDENT } from './limits';
import { findExcessiveNesting } from './nesting';
import { ProblemCollector } from './problems';

const CORE_TAG_PREFIX = 'tag:yaml.org,2002:';
const CORE_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => CORE_TAG_PREFIX + t));

export interface SafeYaml {
  /** The first document's top node; null when there is nothing to read. */
  root: Node | null;
  /** Nodes dropped for an unsupported tag (already reported), with everything inside them. */
  rejected: Set<Node>;
  /** Each alias and the anchored node it names; an alias missing here names no earlier anchor. */
  aliasTargets: Map<Alias, Node>;
  /** How many nodes each anchored node holds (itself included): what one alias to it expands to. */
  anchorSizes: Map<Node, number>;
}

const NOTHING: SafeYaml = { root: null, rejected: new Set(), aliasTargets: new Map(), anchorSizes: new Map() };

/** Parses `text`; problems go to a collector made for it, returned with the result. */
export function readYamlSafely(text: string, path: string): { yaml: SafeYaml; problems: ProblemCollector } {
  if (text.length > MAX_FILE_LENGTH) {
    const problems = new ProblemCollector(path, null);
    const size = (text.length / (1024 * 1024)).toFixed(1);
    problems.atOffset(0, 'error', `entity file too large (${size} MB; the limit is 2 MB): nothing loaded`);
    return { yaml: NOTHING, problems };
  }
  const excessive = findExcessiveNesting(text);
  if (excessive) {
    const lineCounter = new LineCounter();
    lineCounter.addNewLine(0);
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
    const problems = new ProblemCollector(path, lineCounter);
    const message = excessive.kind === 'flow'
      ? `nesting deeper than ${MAX_DEPTH} levels: nothing loaded`
      : `a line indented more than ${MAX_INDENT} columns (nesting too deep): nothing loaded`;
    problems.atOffset(excessive.offset, 'error', message);
    return { yaml: NOTHING, problems };
  }
  const lineCounter = new LineCounter();
  const problems = new ProblemCollector(path, lineCounter);
  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];

  const tooDeep = firstTooDeep(tokens);
  if (tooDeep !== null) {
    problems.atOffset(tooDeep, 'error', `nesting deeper than ${MAX_DEPTH} levels: nothing loaded`);
    return { yaml: NOTHING, problems };
  }

  const composer = new Composer({
    schema: 'core',
    customTags: [],
    resolveKnownTags: false,
    merge: false,
    uniqueKeys: false, // checked by the schema reader, in linear time and with a position
    intAsBigInt: false,
    prettyErrors: false,
  });
  const documents: Document.Parsed[] = [...composer.compose(tokens, true, text.length)];
  for (const [index, document] of documents.entries()) {
    if (index === 1) {
      problems.atOffset(document.range[0], 'error', 'an entity file holds one YAML document; the rest is ignored');
    }
    if (index > 0) continue;
    for (const error of document.errors) problems.syntaxError(error.pos[0], error.message);
    for (const warning of document.warnings) {
      // Unresolved tags are reported (as errors) by the tag check below.
      if (warning.code !== 'TAG_RESOLVE_FAILED') problems.atOffset(warning.pos[0], 'warning', warning.message);
    }
  }
  const root = (documents[0]?.contents ?? null) as Node | null;
  return { yaml: scanNodes(root, problems, text), problems };
}

/** The offset of the first collection nested deeper than the limit, walking the token tree without recursion. */
function firstTooDeep(tokens: CST.Token[]): number | null {
  const stack: Array<[CST.Token, number]> = [];
  for (const token of tokens) if (token.type === 'document' && token.value) stack.push([token.value, 1]);
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection') continue;
    if (depth > MAX_DEPTH) return token.offset;
    for (const item of token.items as CST.CollectionItem[]) {
      if (item.key) stack.push([item.key, depth + 1]);
      if (item.value) stack.push([item.value, depth + 1]);
    }
  }
  return null;
}

/** One pass in document order: counts nodes, rejects unsupported tags, and resolves aliases to anchors. */
function scanNodes(root: Node | null, problems: ProblemCollector, text: string): SafeYaml {
  const rejected = new Set<Node>();
  const aliasTargets = new Map<Alias, Node>();
  const anchors = new Map<string, Node>();
  const anchorSizes = new Map<Node, number>();
  let nodeCount = 0;
  // Children are pushed in reverse so they pop in document order, as YAML's anchor rules read them.
  // An anchored node's subtree is a run of that order, so a marker pushed under its children
  // pops when the subtree is done and gives its size.
  type Entry = [node: unknown, insideRejected: boolean] | [end: 'end', anchored: Node, countAtStart: number];
  const stack: Entry[] = root ? [[root, false]] : [];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    if (entry[0] === 'end') {
      anchorSizes.set(entry[1] as Node, nodeCount - (entry[2] as number));
      continue;
    }
    const [node, insideRejected] = entry as [unknown, boolean];
    if (!node || typeof node !== 'object') continue;
    if (isPair(node)) {
      stack.push([node.value, insideRejected], [node.key, insideRejected]);
      continue;
    }
    const yamlNode = node as Node;
    nodeCount++;
    let dropped = insideRejected;
    if (!dropped && yamlNode.tag !== undefined && !CORE_TAGS.has(yamlNode.tag)) {
      const offset = tagOffset(text, yamlNode.range?.[0] ?? 0);
      problems.atOffset(offset, 'error', `unsupported YAML tag ${showTag(yamlNode.tag)}: the value is dropped`);
      dropped = true;
    }
    if (dropped) rejected.add(yamlNode);
    if (isAlias(yamlNode)) {
      const target = anchors.get(yamlNode.source);
      if (target) aliasTargets.set(yamlNode, target);
      continue;
    }
    if (yamlNode.anchor) {
      anchors.set(yamlNode.anchor, yamlNode);
      stack.push(['end', yamlNode, nodeCount - 1]);
    }
    if (isMap(yamlNode) || isSeq(yamlNode)) {
      const items = yamlNode.items as unknown[];
      for (let i = items.length - 1; i >= 0; i--) stack.push([items[i], dropped]);
    }
  }
  return { root, rejected, aliasTargets, anchorSizes };
}

function showTag(tag: string): string {
  return tag.startsWith(CORE_TAG_PREFIX) ? `!!${tag.slice(CORE_TAG_PREFIX.length)}` : tag;
}

/**
 * Where the tag of the node starting at `valueStart` is written: a node's range starts after its
 * properties, so look back over at most two of them (a tag and an anchor, in either order).
 */
function tagOffset(text: string, valueStart: number): number {
  let end = valueStart;
  for (let property = 0; property < 2; property++) {
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
    let start = end;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    if (start === end) break;
    if (text.charCodeAt(start) === 0x21 /* ! */) return start;
    end = start;
  }
  return valueStart;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
