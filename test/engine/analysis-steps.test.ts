// The analysis a step at a time (analysisSteps), as the extension runs a long draft's: it pauses after
// each step and ends on exactly the analysis `analyze` returns, whatever the draft.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analysisSteps, analyze } from '../../src/engine/analyze';
import type { Analysis, DocumentKind } from '../../src/engine/types';
import { bundledIndex } from './properties/bundled';

const example = (name: string) => readFileSync(join(__dirname, '..', '..', 'examples', name), 'utf8');

/** Runs the steps through, counting the pauses. */
function stepped(text: string, kind: DocumentKind): { pauses: number; analysis: Analysis } {
  const steps = analysisSteps(text, kind, bundledIndex, { rules: { 'unattributed-claim': 'hint' } });
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { pauses, analysis: step.value };
    pauses++;
  }
}

describe('the analysis a step at a time', () => {
  const CASES: Array<[what: string, text: string, kind: DocumentKind]> = [
    ['the example draft', example('draft.md'), 'markdown'],
    ['the example report', example('report.md'), 'markdown'],
    ['plain text with a quote over two paragraphs', '"We are ready.\n\n"We will go," Umerov said.\n', 'plaintext'],
    ['an empty draft', '', 'markdown'],
  ];
  for (const [what, text, kind] of CASES) {
    it(`pauses after each of six steps and ends on analyze's result: ${what}`, () => {
      const { pauses, analysis } = stepped(text, kind);
      assert.equal(pauses, 6);
      assert.deepEqual(analysis, analyze(text, kind, bundledIndex, { rules: { 'unattributed-claim': 'hint' } }));
    });
  }

  it('keeps two drafts apart when their steps interleave', () => {
    const [a, b] = [example('draft.md'), example('report.md')];
    const first = analysisSteps(a, 'markdown', bundledIndex);
    const second = analysisSteps(b, 'markdown', bundledIndex);
    let done: [Analysis | undefined, Analysis | undefined] = [undefined, undefined];
    while (!done[0] || !done[1]) {
      if (!done[0]) {
        const step = first.next();
        if (step.done) done = [step.value, done[1]];
      }
      if (!done[1]) {
        const step = second.next();
        if (step.done) done = [done[0], step.value];
      }
    }
    assert.deepEqual(done[0], analyze(a, 'markdown', bundledIndex));
    assert.deepEqual(done[1], analyze(b, 'markdown', bundledIndex));
  });
});
