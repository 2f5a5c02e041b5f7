// copydesk check: each option, each exit code, config discovery, the text format.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { buildCli, copydesk, fixtures, hasStackTrace, removeFolder, repoRoot, tempFolder, TALKS_SPELLING, TALKS_TITLE, TEST_LIST } from './helper';

describe('copydesk check: options and exit codes', function () {
  before(buildCli);

  it('--help prints the usage and exits 0', () => {
    const r = copydesk(['--help']);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /^Usage: copydesk check \[options\] PATH\.\.\./);
    for (const option of ['--entities', '--no-bundled', '--config', '--rule', '--format', '--fail-on', '--version']) {
      assert.ok(r.stdout.includes(option), option);
    }
  });

  it('--version prints the package version and exits 0', () => {
    const r = copydesk(['--version']);
    assert.equal(r.status, 0);
    assert.equal(r.stdout, `${require(path.join(repoRoot, 'package.json')).version}\n`);
  });

  it('bin/copydesk.js runs the built CLI', () => {
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'copydesk.js'), 'check', ...TEST_LIST, 'drafts/talks.md'], { cwd: fixtures, encoding: 'utf8' });
    assert.equal(r.status, 1);
    assert.ok(r.stdout.startsWith(`${TALKS_TITLE}\n`));
  });

  const usageErrors: Array<[string, string[], RegExp]> = [
    ['no command', [], /no command/],
    ['an unknown command', ['lint', 'x.md'], /unknown command “lint”/],
    ['no path', ['check'], /no PATH/],
    ['an unknown option', ['check', '--fast', 'clean.md'], /unknown option “--fast”/],
    ['a bad format', ['check', '--format', 'xml', 'clean.md'], /unknown format “xml”/],
    ['a bad --fail-on', ['check', '--fail-on', 'fatal', 'clean.md'], /unknown --fail-on “fatal”/],
    ['an unknown rule', ['check', '--rule', 'no-such=error', 'clean.md'], /unknown rule “no-such”/],
    ['a bad severity', ['check', '--rule', 'title-mismatch=loud', 'clean.md'], /severity must be/],
    ['an option without its value', ['check', 'clean.md', '--entities'], /--entities needs a value/],
  ];
  for (const [name, args, message] of usageErrors) {
    it(`a usage error (${name}) exits 2 with a message and the usage`, () => {
      const r = copydesk(args);
      assert.equal(r.status, 2);
      assert.match(r.stderr, message);
      assert.match(r.stderr, /Usage: copydesk check/);
      assert.equal(r.stdout, '');
    });
  }

  it('text format: one finding a line in text order, folders walked in path order, then a summary; exit 1 on an error', () => {
    const r = copydesk(['check', ...TEST_LIST, 'drafts', 'clean.md']);
    assert.equal(r.status, 1);
    // Both drafts state, without a source, that Witkoff met or flew: each is also an unsourced claim
    // (worded for plain text in the .txt file). clean.md states nothing checkable.
    assert.deepEqual(r.stdout.trimEnd().split('\n'), [
      'drafts/desk/notes.txt:1:1: error title-mismatch “Secretary of State” is Marco Rubio’s title, not Steve Witkoff’s: write “White House envoy”.',
      'drafts/desk/notes.txt:1:1: information unattributed-claim Claim has no source: attribute it (“…, Name said”) or cite where it comes from.',
      TALKS_TITLE,
      'drafts/talks.md:3:1: information unattributed-claim Claim has no source: attribute it (“…, Name said”), link the source, or mark it <!-- verified: how -->.',
      TALKS_SPELLING,
      '3 files checked: 2 errors, 1 warning, 2 information, 0 hints; 0 quotes, 0 attributed, 2 unsourced claims.',
    ]);
    assert.equal(r.stderr, '');
  });

  it('--entities: without the list the names are unknown and nothing is flagged', () => {
    const r = copydesk(['check', '--no-bundled', 'drafts/talks.md']);
    assert.equal(r.status, 0);
    assert.ok(!r.stdout.includes('title-mismatch'));
    assert.ok(!r.stdout.includes('name-spelling'));
  });

  it('the bundled list is loaded unless --no-bundled', () => {
    // The bundled list (from the report) knows Steve Witkoff and Marco Rubio too.
    const r = copydesk(['check', 'drafts/talks.md']);
    assert.ok(r.stdout.includes('drafts/talks.md:3:1: error title-mismatch'), r.stdout + r.stderr);
  });

  it('--rule sets a severity, and off drops the rule', () => {
    const warning = copydesk(['check', ...TEST_LIST, '--rule', 'title-mismatch=warning', 'drafts/talks.md']);
    assert.ok(warning.stdout.includes('drafts/talks.md:3:1: warning title-mismatch'));
    assert.equal(warning.status, 0, 'no finding reaches the default --fail-on error');
    const off = copydesk(['check', ...TEST_LIST, '--rule=title-mismatch=off', 'drafts/talks.md']);
    assert.ok(!off.stdout.includes('title-mismatch'));
    assert.ok(off.stdout.includes(TALKS_SPELLING));
  });

  it('--fail-on: warning and hint reach lower findings, none never fails', () => {
    const args = [...TEST_LIST, '--rule', 'title-mismatch=off', 'drafts/talks.md'];
    assert.equal(copydesk(['check', ...args]).status, 0);
    assert.equal(copydesk(['check', '--fail-on', 'warning', ...args]).status, 1);
    assert.equal(copydesk(['check', '--fail-on', 'hint', ...args]).status, 1);
    assert.equal(copydesk(['check', '--fail-on=none', ...TEST_LIST, 'drafts/talks.md']).status, 0);
    assert.equal(copydesk(['check', '--fail-on', 'hint', ...TEST_LIST, 'clean.md']).status, 0);
  });

  it('finds .copydesk.yaml in a parent of the checked folder: its glob of entity files and its rules', () => {
    const r = copydesk(['check', '--no-bundled', 'sub'], path.join(fixtures, 'configured'));
    assert.equal(r.stdout.split('\n')[0], 'sub/deeper/draft.md:1:1: error title-mismatch “Secretary of State” is Marco Rubio’s title, not Steve Witkoff’s: write “White House envoy”.');
    assert.ok(!r.stdout.includes('name-spelling'), 'name-spelling is off in the config');
    assert.equal(r.status, 1);
  });

  it('--config replaces the found config; --rule overrides the config; unknown rules warn with file:line:col', () => {
    const cwd = path.join(fixtures, 'configured');
    const r = copydesk(['check', '--no-bundled', '--entities', '../entities.yaml', '--config', '../strict.yaml', 'sub'], cwd);
    assert.equal(r.status, 0);
    assert.ok(!r.stdout.includes('title-mismatch'), 'off in strict.yaml');
    assert.ok(r.stdout.includes('name-spelling'), 'the found config is not read');
    assert.equal(r.stderr, '../strict.yaml:3:3: warning Unknown rule “no-such-rule”.\n');
    const back = copydesk(['check', '--no-bundled', '--entities', '../entities.yaml', '--config', '../strict.yaml', '--rule', 'title-mismatch=error', 'sub'], cwd);
    assert.equal(back.status, 1);
  });

  it('an entity file named in the config that does not exist is unusable; a glob that matches nothing only warns', () => {
    const dir = tempFolder({
      '.copydesk.yaml': 'entityFiles:\n  - people/missing.yaml\n  - other/*.yaml\n',
      'draft.md': 'Secretary of State Steve Witkoff met them.\n',
    });
    try {
      const r = copydesk(['check', '--no-bundled', 'draft.md'], dir);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^people\/missing\.yaml: entity file: no such file or directory$/m);
      assert.match(r.stderr, /\.copydesk\.yaml: warning entityFiles pattern “other\/\*\.yaml” matches no file$/m);
      assert.match(r.stdout, /^1 file checked/m);
    } finally {
      removeFolder(dir);
    }
  });

  it('a config with a bad severity is unusable: file:line:col on stderr, exit 2, files still checked', () => {
    const r = copydesk(['check', ...TEST_LIST, '--config', 'bad-severity.yaml', 'drafts/talks.md']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^bad-severity\.yaml:2:19: error Unknown severity “loud” for title-mismatch/m);
    assert.ok(r.stdout.includes(TALKS_TITLE));
    assert.ok(!hasStackTrace(r.stderr));
  });
});
