// The cases every test of a shortcut runs: a record or a hand-over that spares a pass its work must give
// exactly what the pass gives. Each named case in each kind of draft asked for, the example drafts, and
// random markdown built from names, quotes, cue words and inline constructs.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { DocumentKind } from '../../../src/engine/types';
import { markdownDraft } from '../properties/arbitraries';
import { exampleDrafts, namesInList } from '../properties/bundled';

export interface ShortcutCases {
  /** The named cases: what each shows, and its text. */
  cases: Array<[what: string, text: string]>;
  /** The kinds each named case is read as. */
  kinds: DocumentKind[];
  /** What the example drafts hold at least this many of, read through the shortcut. */
  examples: { what: string; atLeast: number };
  /** How many random drafts, and what they are built from. */
  random: { runs: number; what: string };
}

/**
 * Registers the tests: `assertSame` reads `text` both ways, asserts they agree and returns what it
 * read (so the examples can be counted).
 */
export function shortcutTests(spec: ShortcutCases, assertSame: (text: string, kind: DocumentKind) => unknown[]): void {
  const label = (kind: DocumentKind) => (kind === 'markdown' ? 'markdown' : 'plain text');
  for (const [what, text] of spec.cases) {
    for (const kind of spec.kinds) it(spec.kinds.length > 1 ? `${what} (${label(kind)})` : what, () => void assertSame(text, kind));
  }

  it(`the example drafts, which hold every kind of ${spec.examples.what}`, () => {
    let found = 0;
    for (const [, text] of exampleDrafts()) found += assertSame(text, 'markdown').length;
    assert.ok(found >= spec.examples.atLeast, `only ${found} ${spec.examples.what}s in the examples`);
  });

  const { runs } = spec.random;
  it(`random markdown built from ${spec.random.what}: ${runs} cases`, () => {
    let ran = 0;
    fc.assert(
      fc.property(markdownDraft(namesInList()), fc.constantFrom<DocumentKind>('markdown', 'plaintext'), (text, kind) => {
        ran++;
        assertSame(text, kind);
      }),
      { numRuns: runs },
    );
    assert.equal(ran, runs);
  });
}
