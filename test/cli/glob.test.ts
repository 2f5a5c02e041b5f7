// entityFiles globs: what they match, without regular expressions that could backtrack.
import assert from 'node:assert/strict';
import * as path from 'node:path';
import { expandGlob, hasGlob, matchPath } from '../../src/cli/glob';
import { removeFolder, tempFolder } from './helper';

const matches = (pattern: string, file: string) => matchPath(pattern.split('/'), file.split('/'));

describe('entityFiles globs', () => {
  const table: Array<[string, string, boolean]> = [
    ['*.yaml', 'team.yaml', true],
    ['*.yaml', 'lists/team.yaml', false],
    ['lists/*.yaml', 'lists/team.yaml', true],
    ['lists/*.yaml', 'lists/team.yml', false],
    ['team-?.yaml', 'team-a.yaml', true],
    ['team-?.yaml', 'team-ab.yaml', false],
    ['team-{a,b}.yaml', 'team-b.yaml', true],
    ['team-{a,b}.yaml', 'team-c.yaml', false],
    ['**/*.yaml', 'team.yaml', true],
    ['**/*.yaml', 'a/b/c/team.yaml', true],
    ['lists/**/*.yaml', 'lists/team.yaml', true],
    ['lists/**/*.yaml', 'lists/x/y/team.yaml', true],
    ['lists/**/*.yaml', 'other/team.yaml', false],
    ['**/**/**/x.yaml', 'a/x.yaml', true],
    ['lists/**', 'lists/a/team.yaml', true],
    ['(a+)+$*.yaml', '(a+)+$1.yaml', true],
    ['(a+)+$*.yaml', 'aaa.yaml', false],
    ['*a*a*a*a*a*b', 'a'.repeat(250), false],
    ['*a*a*a*a*a*b', `${'a'.repeat(250)}b`, true],
  ];
  for (const [pattern, file, expected] of table) {
    it(`${pattern} ${expected ? 'matches' : 'does not match'} ${file.length > 40 ? `${file.slice(0, 12)}… (${file.length})` : file}`, () => {
      assert.equal(matches(pattern, file), expected);
    });
  }

  it('knows a glob from a path', () => {
    assert.deepEqual(['team.yaml', 'lists/*.yaml', 'a?.yaml', '{a,b}.yaml'].map(hasGlob), [false, true, true, true]);
  });

  it('expands relative to a folder, sorted, skipping dot-folders and node_modules', () => {
    const dir = tempFolder({
      'lists/b.yaml': '', 'lists/a.yaml': '', 'lists/deep/c.yaml': '', 'lists/notes.txt': '',
      'lists/.hidden/d.yaml': '', 'lists/node_modules/e.yaml': '',
    });
    try {
      const rel = (files: string[]) => files.map((f) => path.relative(dir, f));
      assert.deepEqual(rel(expandGlob(dir, 'lists/*.yaml')), ['lists/a.yaml', 'lists/b.yaml']);
      assert.deepEqual(rel(expandGlob(dir, 'lists/**/*.yaml')), ['lists/a.yaml', 'lists/b.yaml', 'lists/deep/c.yaml']);
      assert.deepEqual(expandGlob(dir, 'missing/*.yaml'), []);
    } finally {
      removeFolder(dir);
    }
  });
});
