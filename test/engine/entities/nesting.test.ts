// The raw-text nesting scan that runs before the YAML parser: it must count real nesting (however it
// is written) and not the brackets that are only text.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { MAX_DEPTH, MAX_INDENT } from '../../../src/engine/entities/limits';
import { findExcessiveNesting } from '../../../src/engine/entities/nesting';

const open = (n: number) => '['.repeat(n);

describe('findExcessiveNesting', () => {
  const fine: Array<[name: string, text: string]> = [
    ['brackets inside double quotes', `title: "${open(100)}"\n`],
    ['brackets inside single quotes with an escaped quote', `title: 'it''s ${open(100)}'\n`],
    ['brackets inside a quoted string in a flow list', `titles: [a, "${open(100)}", 'b']\n`],
    ['brackets inside plain text in block context', `title: see ${open(100)}\n`],
    ['brackets in a comment', `# ${open(100)}\ntitle: x # ${open(100)}\n`],
    ['an apostrophe in plain text in a flow list', `titles: [it's, ${']'.repeat(3)}\n`],
    [`flow nesting of exactly ${MAX_DEPTH}`, `a: ${open(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}\n`],
    ['a deeply indented line inside a flow collection', `a: [\n${' '.repeat(MAX_INDENT + 10)}x]\n`],
  ];
  for (const [name, text] of fine) {
    it(`passes ${name}`, () => assert.equal(findExcessiveNesting(text), null));
  }

  const deep: Array<[name: string, text: string, offset: number, kind: 'flow' | 'indent']> = [
    ['nesting one past the limit', `a: ${open(MAX_DEPTH + 1)}`, 3 + MAX_DEPTH, 'flow'],
    ['flow nesting after an anchor and a tag', `a: &x !!seq ${open(100)}`, 12 + MAX_DEPTH, 'flow'],
    ['flow nesting in a list item', `- ${open(100)}`, 2 + MAX_DEPTH, 'flow'],
    ['flow nesting on the line after a colon inside plain text', `a: b:'c\nx: ${open(100)}`, 11 + MAX_DEPTH, 'flow'],
    ['flow nesting spread over lines', `a: [\n${'[\n'.repeat(100)}`, 5 + 2 * (MAX_DEPTH - 1), 'flow'],
    ['a line indented past the limit', `a:\n${' '.repeat(MAX_INDENT)}b: c\n`, 3 + MAX_INDENT, 'indent'],
  ];
  for (const [name, text, offset, kind] of deep) {
    it(`finds ${name}`, () => assert.deepEqual(findExcessiveNesting(text), { offset, kind }));
  }
});
