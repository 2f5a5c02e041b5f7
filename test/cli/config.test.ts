// The `.copydesk.yaml` parser: data and positioned problems (1-based line and column).
import assert from 'node:assert/strict';
import { parseConfig } from '../../src/engine/config';

const problemsOf = (text: string) => parseConfig(text, 'c.yaml').problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message}`);

describe('parseConfig', () => {
  it('reads entityFiles and rules', () => {
    const text = 'entityFiles:\n  - team.yaml\n  - lists/**/*.yaml\nrules:\n  unattributed-claim: off\n  title-mismatch: warning\n';
    assert.deepEqual(parseConfig(text, 'c.yaml'), {
      config: { entityFiles: ['team.yaml', 'lists/**/*.yaml'], rules: { 'unattributed-claim': 'off', 'title-mismatch': 'warning' } },
      problems: [],
    });
  });

  const cases: Array<[string, string, string[]]> = [
    ['an empty file', '', []],
    ['only a comment', '# nothing yet\n', []],
    ['one path without a list', 'entityFiles: team.yaml\n', []],
    ['an unknown rule (warning, at the key)', 'rules:\n  no-such-rule: error\n', ['2:3 warning Unknown rule “no-such-rule”.']],
    ['an unknown severity (error, at the value)', 'rules:\n  hedged-claim: loud\n', ['2:17 error Unknown severity “loud” for hedged-claim: use error, warning, information, hint or off.']],
    ['an unknown setting', 'rulez: {}\n', ['1:1 warning Unknown setting “rulez”: expected entityFiles or rules.']],
    ['entityFiles not a list', 'entityFiles: {a: 1}\n', ['1:14 error `entityFiles` must be a list of paths or globs.']],
    ['a number among entityFiles', 'entityFiles:\n  - ok.yaml\n  - 42\n', ['3:5 error `entityFiles` entries must be paths or globs (strings).']],
    ['rules not a mapping', 'rules: [a]\n', ['1:8 error `rules` must map rule ids to severities (error, warning, information, hint, off).']],
    ['a list at the top', '- a\n', ['1:1 error Config must be a mapping with `entityFiles` and `rules`.']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(problemsOf(text), expected));
  }

  it('bad YAML is an error with a position, and what is valid still loads', () => {
    const parsed = parseConfig('rules:\n  hedged-claim: off\nentityFiles: [a.yaml\n', 'c.yaml');
    assert.ok(parsed.problems.length > 0);
    assert.ok(parsed.problems.every((p) => p.path === 'c.yaml' && p.line >= 1 && p.column >= 1));
    assert.ok(parsed.problems.some((p) => p.severity === 'error' && p.line >= 3));
    assert.deepEqual(parsed.config.rules, { 'hedged-claim': 'off' });
  });

  it('a problem carries the offsets of what it points at', () => {
    const text = 'rules:\n  hedged-claim: loud\n';
    const [problem] = parseConfig(text, 'c.yaml').problems;
    assert.equal(text.slice(problem.range.start, problem.range.end), 'loud');
  });

  it('never throws on garbage', () => {
    for (const text of ['\u0000\u0001', '{{{{', ': : :', '&a [*a, *a]', '!!binary xyz', 'a'.repeat(10_000)]) {
      assert.doesNotThrow(() => parseConfig(text, 'c.yaml'));
    }
  });
});
