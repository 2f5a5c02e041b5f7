// The analysis does work linear in the draft (SPEC §6, §7), checked by counting, never by the clock:
// each step's own count (src/engine/instrument.ts) and the characters read must grow at most 4.4× when
// the draft grows 4×, on real-looking drafts. Every pathological shape is held to the same bound, at
// 256 KB against 1 MB, in pathological.test.ts.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { STEPS, type Step } from '../../src/engine/instrument';
import type { DocumentKind } from '../../src/engine/types';
import { exampleDrafts, repoRoot } from './properties/bundled';
import { assertLinear, measure } from './properties/work';

const KINDS: readonly DocumentKind[] = ['markdown', 'plaintext'];

/** Every step must report work on a real draft: a step that reports none lost its tally. */
const TALLIED: readonly Step[] = STEPS;

function realDrafts(): Array<[string, string, DocumentKind]> {
  const drafts: Array<[string, string, DocumentKind]> = exampleDrafts().flatMap(([file, text]) =>
    KINDS.map((kind): [string, string, DocumentKind] => [`examples/${file}`, text, kind]));
  const report = join(repoRoot, '..', 'shared', 'seed', 'report.txt');
  if (existsSync(report)) drafts.push(['the report as plain text', readFileSync(report, 'utf8'), 'plaintext']);
  return drafts;
}

describe('scaling: real drafts repeated 20 and 80 times', () => {
  for (const [what, text, kind] of realDrafts()) {
    it(`${what} as ${kind}`, () => {
      const small = text.repeat(20);
      const large = text.repeat(80);
      const work = { small: measure(small, kind), large: measure(large, kind) };
      for (const step of TALLIED) assert.ok(work.small.steps[step] > 0, `${step} reported no work`);
      assert.ok(work.small.reads > 0, 'no characters read');
      assertLinear(`${what} as ${kind}`, { text: small, work: work.small }, { text: large, work: work.large });
    });
  }
});
