import * as assert from 'node:assert/strict';
import { MAX_PAUSE_MS, pauseBeforeAnalysis } from '../../src/vscode/pause';

describe('the pause before an edited draft is analysed again', () => {
  const cases: [string, number | undefined, number][] = [
    ['a draft not yet analysed waits the usual pause', undefined, 250],
    ['a quick draft waits the usual pause', 30, 250],
    ['a draft whose analysis took as long as the pause still waits the pause', 125, 250],
    ['a slow draft waits twice its last analysis', 400, 800],
    ['a fraction of a millisecond rounds up', 200.2, 401],
    ['a very slow draft waits no longer than the ceiling', 5000, MAX_PAUSE_MS],
    ['a nonsensical duration falls back to the usual pause', Number.NaN, 250],
  ];
  for (const [what, lastMs, expected] of cases) {
    it(what, () => assert.equal(pauseBeforeAnalysis(250, lastMs), expected));
  }
});
