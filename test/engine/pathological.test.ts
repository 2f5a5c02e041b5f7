// Pathological drafts (SPEC §7): the analysis returns, every range lies inside the text, and the work
// (each step's count and the characters read, never the clock) grows linearly from 256 KB to 1 MB.
// One real 10 MB line is analysed too.
import assert from 'node:assert/strict';
import type { DocumentKind } from '../../src/engine/types';
import { fill, KNOWN_SUPERLINEAR, PATHOLOGICAL } from './properties/pathological-drafts';
import { assertInside } from './properties/ranges';
import { assertLinear, measure } from './properties/work';
import { analyze } from '../../src/engine/analyze';
import { bundledIndex, exampleDrafts } from './properties/bundled';

const KB = 1024;
const KINDS: readonly DocumentKind[] = ['markdown', 'plaintext'];

describe('pathological drafts: return, with ranges inside the text, doing linear work (256 KB → 1 MB)', function () {
  this.timeout(300_000);
  for (const [what, make] of PATHOLOGICAL) {
    for (const kind of KINDS) {
      const bug = KNOWN_SUPERLINEAR.get(what);
      if (bug) {
        it.skip(`${what} as ${kind}: ${bug}`, () => {});
        continue;
      }
      it(`${what} as ${kind}`, () => {
        const small = make(256 * KB);
        const large = make(1024 * KB);
        const work = { small: measure(small, kind), large: measure(large, kind) };
        assertInside(large, work.large.analysis);
        assertLinear(`${what} as ${kind}`, { text: small, work: work.small }, { text: large, work: work.large });
      });
    }
  }

  it('a 10 MB draft on one line (the report with its line breaks taken out)', () => {
    const report = exampleDrafts().find(([file]) => file === 'report.md')![1].replace(/\s+/g, ' ');
    const text = fill(`${report} `, 10 * KB * KB);
    assert.ok(text.length >= 10 * KB * KB - report.length && !/[\r\n]/.test(text));
    const analysis = analyze(text, 'markdown', bundledIndex);
    assertInside(text, analysis);
    assert.ok(analysis.quotes.length > 0 && analysis.mentions.length > 0, 'the line was read');
  });
});
