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
    const texts = [example('draft.md'), example('report.md')];
    const runs = texts.map((text) => analysisSteps(text, 'markdown', bundledIndex));
    const results: (Analysis | undefined)[] = texts.map(() => undefined);
    while (results.includes(undefined)) {
      runs.forEach((run, i) => {
        if (results[i] !== undefined) return;
        const step = run.next();
        if (step.done) results[i] = step.value;
      });
    }
    texts.forEach((text, i) => assert.deepEqual(results[i], analyze(text, 'markdown', bundledIndex)));
  });
});
