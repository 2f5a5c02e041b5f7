// The engine never throws, on any text (SPEC §7): for random unicode, random markdown, any line
// endings and drafts cut off anywhere, `analyze` returns, every range lies inside the text, and a
// second run gives the same analysis. Each property's title carries how many cases it ran.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/engine/analyze';
import type { Analysis, DocumentKind } from '../../src/engine/types';
import { anyCodePoints, anyCodeUnits, awkwardUnicode, markdownDraft, withLineEndings, type LineEnding } from './properties/arbitraries';
import { bundledIndex, exampleDrafts, namesInList } from './properties/bundled';
import { assertInside } from './properties/ranges';

const KINDS: readonly DocumentKind[] = ['markdown', 'plaintext'];

/** Analyses `text`, checks every range, analyses it again and checks the two are deep-equal. */
function checkText(text: string, kind: DocumentKind): Analysis {
  const first = analyze(text, kind, bundledIndex);
  assertInside(text, first);
  assert.deepEqual(analyze(text, kind, bundledIndex), first, 'a second analysis differs');
  return first;
}

/**
 * One `it` per kind; the title names the number of cases, and the test checks that many ran. With
 * `rich`, the cases must also have produced mentions, quotes and findings, so the generator is known
 * to reach the later steps.
 */
function property(what: string, arbitrary: fc.Arbitrary<string>, runs: number, rich = false): void {
  for (const kind of KINDS) {
    it(`${what} as ${kind}: ${runs} cases`, () => {
      let ran = 0;
      const seen = { mentions: 0, quotes: 0, findings: 0 };
      fc.assert(
        fc.property(arbitrary, (text) => {
          ran++;
          const analysis = checkText(text, kind);
          seen.mentions += analysis.mentions.length;
          seen.quotes += analysis.quotes.length;
          seen.findings += analysis.diagnostics.length;
        }),
        { numRuns: runs },
      );
      assert.equal(ran, runs);
      if (rich) {
        for (const [part, n] of Object.entries(seen)) assert.ok(n > 0, `no ${part} in ${runs} cases`);
      }
    });
  }
}

const names = namesInList();
const markdown = markdownDraft(names);

describe('analyze: random unicode returns well-formed, repeatable analyses', () => {
  property('any code points, astral included', anyCodePoints, 300);
  property('any code units, NUL and lone surrogates included', anyCodeUnits, 300);
  property('combining marks, right-to-left text, bidi controls, NUL, surrogates and names', awkwardUnicode, 300);
});

describe('analyze: random markdown returns well-formed, repeatable analyses', () => {
  property('drafts of headings, lists, block quotes, fences, code, links, HTML, front matter, quotes and listed names', markdown, 300, true);

  const endings: LineEnding[] = ['CRLF', 'CR', 'mixed'];
  for (const ending of endings) {
    const draft = fc
      .tuple(markdown, fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 1, maxLength: 20 }))
      .map(([text, choices]) => withLineEndings(text, ending, choices));
    property(`the same drafts with ${ending} line endings`, draft, 150, true);
  }
});

describe('analyze: the example drafts cut off at every offset', () => {
  for (const [file, text] of exampleDrafts()) {
    for (const ending of ['LF', 'CRLF'] as const) {
      const draft = withLineEndings(text, ending);
      for (const kind of KINDS) {
        const cuts = draft.length + 1;
        it(`${file} (${ending}) as ${kind}: ${cuts} prefixes`, () => {
          let checked = 0;
          for (let cut = 0; cut <= draft.length; cut++) {
            const prefix = draft.slice(0, cut);
            const first = analyze(prefix, kind, bundledIndex);
            assertInside(prefix, first);
            // A second run on every ninth cut keeps the suite quick; the random suites rerun every case.
            if (cut % 9 === 0) assert.deepEqual(analyze(prefix, kind, bundledIndex), first, `second analysis at cut ${cut}`);
            checked++;
          }
          assert.equal(checked, cuts);
        });
      }
    }
  }
});
