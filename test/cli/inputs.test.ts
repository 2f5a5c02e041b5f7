// copydesk check on awkward inputs: every unusable one gets a message and exit 2, the rest are checked.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildCli, copydesk, fixtures, hasStackTrace, removeFolder, tempFolder, TEST_LIST } from './helper';

const WRONG = 'Secretary of State Steve Witkoff met them.\n';

describe('copydesk check: inputs', function () {
  before(buildCli);
  const folders: string[] = [];
  const folder = (files: Record<string, string | Buffer> = {}) => {
    const dir = tempFolder(files);
    folders.push(dir);
    return dir;
  };
  after(() => folders.forEach(removeFolder));

  /** Runs in `dir`, expects exit 2, a message matching `message`, and the good file still checked. */
  function unusable(dir: string, args: string[], message: RegExp): void {
    const r = copydesk(['check', ...TEST_LIST, ...args, 'good.md'], dir);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, message);
    assert.ok(!hasStackTrace(r.stderr), r.stderr);
    assert.ok(r.stdout.includes('good.md:1:1: error title-mismatch'), 'the other file is still checked');
  }

  it('a missing path', () => {
    unusable(folder({ 'good.md': WRONG }), ['missing.md'], /^missing\.md: no such file or directory$/m);
  });

  it('a folder with nothing to check', () => {
    const dir = folder({ 'good.md': WRONG, 'empty/readme.rst': 'text', 'empty/.hidden/a.md': WRONG });
    unusable(dir, ['empty'], /^empty: no \.md, \.markdown or \.txt files to check$/m);
  });

  it('a file of another kind named on the command line', () => {
    unusable(folder({ 'good.md': WRONG, 'notes.rst': 'text' }), ['notes.rst'], /^notes\.rst: not a \.md, \.markdown or \.txt file$/m);
  });

  it('a binary file (NUL bytes)', () => {
    const dir = folder({ 'good.md': WRONG, 'image.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) });
    unusable(dir, ['image.md'], /^image\.md: binary file \(a NUL byte at byte 4\), not checked$/m);
  });

  it('invalid UTF-8, with the offset of the first bad byte', () => {
    const dir = folder({ 'good.md': WRONG, 'latin1.md': Buffer.from('Caf\xe9 talks', 'latin1') });
    unusable(dir, ['latin1.md'], /^latin1\.md: not valid UTF-8 \(first bad byte at byte 3\), not checked$/m);
  });

  it('a symlink loop inside a walked folder', () => {
    const dir = folder({ 'good.md': WRONG, 'tree/a.md': 'Fine.\n' });
    fs.symlinkSync('.', path.join(dir, 'tree', 'again'));
    unusable(dir, ['tree'], /^tree\/again: symlink loop/m);
  });

  it('a symlink that points at itself', () => {
    const dir = folder({ 'good.md': WRONG });
    fs.symlinkSync('self.md', path.join(dir, 'self.md'));
    unusable(dir, ['self.md'], /^self\.md: symlink loop$/m);
  });

  it('a dangling link named like a draft inside a folder', () => {
    const dir = folder({ 'good.md': WRONG, 'tree/a.md': 'Fine.\n' });
    fs.symlinkSync('gone.md', path.join(dir, 'tree', 'b.md'));
    unusable(dir, ['tree'], /^tree\/b\.md: no such file or directory$/m);
  });

  it('an entity file that is a folder', () => {
    const dir = folder({ 'good.md': WRONG, 'lists/x.yaml': 'version: 1\n' });
    unusable(dir, ['--entities', 'lists'], /^lists: entity file: is a directory, expected a file$/m);
  });

  it('a file too large to be a draft', () => {
    const dir = folder({ 'good.md': WRONG });
    fs.writeFileSync(path.join(dir, 'huge.md'), '');
    fs.truncateSync(path.join(dir, 'huge.md'), 65 * 1024 * 1024); // sparse: no disk used
    unusable(dir, ['huge.md'], /^huge\.md: too large \(68157440 bytes; the limit is 67108864\), not read$/m);
  });

  it('an unreadable file (skipped when running as root, where permissions do not apply)', function () {
    if (process.getuid?.() === 0) this.skip();
    const dir = folder({ 'good.md': WRONG, 'secret.md': WRONG });
    fs.chmodSync(path.join(dir, 'secret.md'), 0);
    unusable(dir, ['secret.md'], /^secret\.md: permission denied$/m);
  });

  it('a broken entity file: file:line:col on stderr and in JSON, exit 2, drafts still checked', () => {
    const r = copydesk(['check', '--no-bundled', '--entities', 'broken-entities.yaml', '--entities', 'entities.yaml', '--format', 'json', 'drafts/talks.md']);
    assert.equal(r.status, 2);
    // broken-entities.yaml opens a flow sequence on line 4, column 11 (`[unclosed`) and never closes it.
    assert.match(r.stderr, /^broken-entities\.yaml:4:11: error /m);
    const json = JSON.parse(r.stdout);
    assert.ok(json.entityErrors.some((e: { path: string; line: number; column: number }) => e.path === 'broken-entities.yaml' && e.line === 4 && e.column === 11));
    assert.equal(json.files[0].diagnostics[0].rule, 'title-mismatch');
  });

  it('YAML 1.1 tags in an entity file (which the shipped bundle leaves out of yaml): each dropped at its place, the rest loaded', () => {
    const lines = [
      'version: 1',
      'entities:',
      '  - { id: jane-roe, name: Jane Roe, type: person, title: !!binary aGVsbG8= }',
      '  - { id: set-test, name: Set Test, type: person, aliases: !!set { a, b } }',
      '  - { id: omap-test, name: Omap Test, type: person, facts: !!omap [ { a: 1 } ] }',
      '  - { id: pairs-test, name: !!pairs [ { a: 1 } ], type: person }',
      '  - { id: time-test, name: !!timestamp 2001-12-14, type: person }',
      '  - { id: ok-person, name: Ok Person, type: person, role: official, title: mayor }',
    ];
    const r = copydesk(['check', '--no-bundled', '--entities', 'team.yaml', 'draft.md'], folder({ 'team.yaml': lines.join('\n') + '\n', 'draft.md': 'Ok Person said "we will see."\n' }));
    assert.equal(r.status, 2, r.stderr);
    assert.ok(!hasStackTrace(r.stderr), r.stderr);
    // Each tag where it is written: its line, and its column (1-based) on that line.
    const expected = lines.flatMap((line, i) => {
      const tag = /!![a-z]+/.exec(line);
      return tag ? [`team.yaml:${i + 1}:${tag.index + 1}: error unsupported YAML tag ${tag[0]}: the value is dropped`] : [];
    });
    assert.deepEqual(r.stderr.split('\n').filter(Boolean), expected);
    // The valid entity loaded: its quote is a listed person's, with nothing to flag (unlisted, "Ok
    // Person" reads as an unnamed source and is flagged).
    assert.match(r.stdout, /0 errors, 0 warnings, 0 information, 0 hints; 1 quote, 1 attributed/);
  });

  it('an empty file is checked and clean', () => {
    const r = copydesk(['check', ...TEST_LIST, 'empty.md'], folder({ 'empty.md': '' }));
    assert.equal(r.status, 0);
    assert.equal(r.stdout, '1 file checked: 0 errors, 0 warnings, 0 information, 0 hints; 0 quotes, 0 attributed, 0 unsourced claims.\n');
  });

  it('a BOM is removed, columns count UTF-16 units, and \\r\\n and \\r break lines', () => {
    const dir = folder({
      'bom.md': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(WRONG)]),
      'emoji.md': `# Notes\r\n\r\n😀 ${WRONG}`,
      'mac.txt': `Notes.\r\rThey said ${WRONG}`,
    });
    const r = copydesk(['check', ...TEST_LIST, '.'], dir);
    const lines = r.stdout.split('\n').filter((l) => l.includes(' title-mismatch ')).map((l) => l.split(': error')[0]);
    // bom.md: the title starts the text once the BOM is gone. emoji.md: line 3, after a surrogate pair
    // (2 units) and a space. mac.txt: line 3 after two \r breaks, after "They said ".
    assert.deepEqual(lines.slice(0, 3), ['./bom.md:1:1', './emoji.md:3:4', './mac.txt:3:11']);
  });

  it('walks folders in sorted path order, skipping node_modules and dot-folders, and keeps the given prefix', () => {
    const dir = folder({
      'b/z.md': WRONG, 'b/a.txt': WRONG, 'a-c.md': WRONG, 'b.markdown': WRONG,
      'node_modules/x/x.md': WRONG, '.git/y.md': WRONG, 'b/.cache/z.md': WRONG, 'notes.rst': WRONG,
    });
    const r = copydesk(['check', ...TEST_LIST, `${dir}/`], dir);
    const files = r.stdout.split('\n').filter((l) => l.includes(' title-mismatch ')).map((l) => l.split(':')[0]);
    assert.deepEqual(files, [`${dir}/a-c.md`, `${dir}/b.markdown`, `${dir}/b/a.txt`, `${dir}/b/z.md`]);
  });

  it('never writes to a checked file: same bytes, same modification time', () => {
    const dir = folder({ 'a.md': WRONG, 'sub/b.txt': `“Unclosed ${WRONG}`, 'c.md': Buffer.from('\xef\xbb\xbfZelensky.\r\n', 'latin1') });
    const files = ['a.md', 'sub/b.txt', 'c.md'].map((f) => path.join(dir, f));
    const snapshot = () => files.map((f) => ({ hash: createHash('sha256').update(fs.readFileSync(f)).digest('hex'), mtime: fs.statSync(f).mtimeMs }));
    const before = snapshot();
    for (const format of ['text', 'json', 'sarif']) copydesk(['check', ...TEST_LIST, '--format', format, '.'], dir);
    assert.deepEqual(snapshot(), before);
  });

  it('checks the same file only once when named twice', () => {
    const r = copydesk(['check', ...TEST_LIST, 'drafts/talks.md', 'drafts/talks.md'], fixtures);
    assert.match(r.stdout, /^1 file checked/m);
  });
});
