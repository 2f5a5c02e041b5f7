import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { LineIndex } from '../../src/engine/text/lines';

describe('LineIndex', () => {
  const cases: Array<[string, string, number, { line: number; character: number }]> = [
    ['start of the text', 'ab\ncd', 0, { line: 0, character: 0 }],
    ['end of the first line', 'ab\ncd', 2, { line: 0, character: 2 }],
    ['after \\n', 'ab\ncd', 3, { line: 1, character: 0 }],
    ['after \\r\\n', 'ab\r\ncd', 4, { line: 1, character: 0 }],
    ['after a lone \\r', 'ab\rcd', 3, { line: 1, character: 0 }],
    ['at the text end', 'ab\ncd', 5, { line: 1, character: 2 }],
    ['past the end is clamped', 'ab', 99, { line: 0, character: 2 }],
    ['a negative offset is clamped', 'ab', -5, { line: 0, character: 0 }],
    ['a trailing line break opens an empty line', 'ab\n', 3, { line: 1, character: 0 }],
    ['blank lines count', 'a\n\n\nb', 4, { line: 3, character: 0 }],
    ['UTF-16 units, not code points', '😀x\ny', 2, { line: 0, character: 2 }],
  ];
  for (const [name, text, offset, position] of cases) {
    it(`positionAt: ${name}`, () => assert.deepEqual(new LineIndex(text).positionAt(offset), position));
  }

  it('counts lines as VS Code does', () => {
    assert.equal(new LineIndex('').lineCount, 1);
    assert.equal(new LineIndex('a').lineCount, 1);
    assert.equal(new LineIndex('a\r\nb\rc\nd').lineCount, 4);
    assert.equal(new LineIndex('a\n').lineCount, 2);
  });

  it('maps positions back to offsets, clamped to the line', () => {
    const index = new LineIndex('ab\r\ncd\nef');
    assert.equal(index.offsetAt({ line: 1, character: 1 }), 5);
    assert.equal(index.offsetAt({ line: 2, character: 2 }), 9);
    assert.equal(index.offsetAt({ line: 0, character: 99 }), 2, 'clamped to the line end, before \\r\\n');
    assert.equal(index.offsetAt({ line: 1, character: 99 }), 6, 'clamped to the line end, before \\n');
    assert.equal(index.offsetAt({ line: 5, character: 0 }), 9);
    assert.equal(index.offsetAt({ line: -1, character: 3 }), 0);
  });

  it('round-trips every offset of a mixed text', () => {
    const text = 'KYIV, Dec 19\r\n"Umerov."\rsaid\n\nend';
    const index = new LineIndex(text);
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // inside a \r\n: no position of its own
      assert.equal(index.offsetAt(index.positionAt(offset)), offset, `offset ${offset}`);
    }
  });
});
