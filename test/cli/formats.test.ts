// copydesk check --format json and --format sarif: field for field, spans that equal their slices,
// SARIF that the offline validator accepts.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineIndex } from '../../src/engine/text/lines';
import { buildCli, copydesk, removeFolder, repoRoot, tempFolder, TEST_LIST } from './helper';

const DRAFT = [
  '# Talks',
  '',
  'Secretary of State Steve Witkoff met Zelensky.',
  '',
  '"We will meet again," Witkoff said.',
  '',
  'He added: "This never closes.',
  '',
].join('\n');

/** Every object in `value` that looks like a span, with the text it came from. */
function spansIn(value: unknown, found: Array<Record<string, unknown>> = []): Array<Record<string, unknown>> {
  if (Array.isArray(value)) value.forEach((v) => spansIn(v, found));
  else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('start' in record && 'end' in record && 'text' in record && 'range' in record) found.push(record);
    Object.values(record).forEach((v) => spansIn(v, found));
  }
  return found;
}

function emptyObjects(value: unknown, at = '$', found: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v, i) => emptyObjects(v, `${at}[${i}]`, found));
  else if (value && typeof value === 'object') {
    if (Object.keys(value).length === 0) found.push(at);
    for (const [k, v] of Object.entries(value)) emptyObjects(v, `${at}.${k}`, found);
  }
  return found;
}

describe('copydesk check: JSON and SARIF', function () {
  this.timeout(120_000);
  before(buildCli);
  let dir: string;
  before(() => {
    dir = tempFolder({ 'drafts/talks.md': DRAFT, 'drafts/crlf.txt': 'Notes.\r\n\r\nSecretary of State Steve Witkoff left.\r\n', 'bin.md': Buffer.from([0, 1, 2]),
      'broken.yaml': 'version: 1\nentities:\n  - id: x\n    name: [oops\n',
    });
  });
  after(() => { if (dir) removeFolder(dir); });

  describe('JSON', () => {
    let json: any;
    let status: number | null;
    before(() => {
      const r = copydesk(['check', ...TEST_LIST, '--format', 'json', 'drafts', 'bin.md'], dir);
      status = r.status;
      json = JSON.parse(r.stdout);
    });

    it('has the version 1 shape, field for field, files in walk order with paths as given', () => {
      assert.equal(status, 2, 'bin.md is unusable');
      assert.deepEqual(Object.keys(json), ['version', 'entityErrors', 'files']);
      assert.equal(json.version, 1);
      assert.deepEqual(json.entityErrors, []);
      assert.deepEqual(json.files.map((f: any) => f.path), ['drafts/crlf.txt', 'drafts/talks.md', 'bin.md']);
      for (const file of json.files) assert.deepEqual(Object.keys(file), ['path', 'error', 'quotes', 'claims', 'mentions', 'diagnostics']);
    });

    it('an unusable file has its error and empty lists', () => {
      const bin = json.files[2];
      assert.match(bin.error, /binary file/);
      assert.deepEqual([bin.quotes, bin.claims, bin.mentions, bin.diagnostics], [[], [], [], []]);
      assert.equal(json.files[1].error, null);
    });

    it('every span is { text, start, end, range } with text equal to its slice and 0-based UTF-16 positions', () => {
      const texts: Record<string, string> = {
        'drafts/talks.md': DRAFT,
        'drafts/crlf.txt': fs.readFileSync(path.join(dir, 'drafts/crlf.txt'), 'utf8'),
      };
      for (const file of json.files.slice(0, 2)) {
        const text = texts[file.path];
        const lines = new LineIndex(text);
        const spans = spansIn(file);
        assert.ok(spans.length > 0);
        for (const s of spans) {
          assert.deepEqual(Object.keys(s), ['text', 'start', 'end', 'range']);
          assert.equal(s.text, text.slice(s.start as number, s.end as number));
          assert.deepEqual(s.range, { start: lines.positionAt(s.start as number), end: lines.positionAt(s.end as number) });
        }
      }
    });

    it('absent values are null, never {}', () => {
      assert.deepEqual(emptyObjects(json), []);
    });

    it('diagnostics carry rule, severity, message, span and fix', () => {
      const talks = json.files[1];
      const title = talks.diagnostics.find((d: any) => d.rule === 'title-mismatch');
      assert.deepEqual(Object.keys(title), ['rule', 'severity', 'message', 'span', 'fix']);
      assert.equal(title.severity, 'error');
      // "Secretary of State" starts line 3 (index 2) of the draft, at offset 9 ("# Talks\n\n").
      assert.deepEqual(title.span, { text: 'Secretary of State', start: 9, end: 27, range: { start: { line: 2, character: 0 }, end: { line: 2, character: 18 } } });
      assert.deepEqual(title.fix, { span: title.span, replacement: 'White House envoy' });
      const crlf = json.files[0].diagnostics[0];
      // "Notes.\r\n\r\n" is 10 units; the title is on line 3 (index 2).
      assert.deepEqual(crlf.span.range.start, { line: 2, character: 0 });
      assert.equal(crlf.span.start, 10);
      const unclosed = talks.diagnostics.find((d: any) => d.rule === 'unbalanced-quote');
      assert.equal(unclosed.span.text, '"');
      assert.equal(unclosed.fix, null);
    });

    it('quotes have span, content text, speaker, source, cue and method', () => {
      const quote = json.files[1].quotes.find((q: any) => q.content === 'We will meet again,');
      assert.ok(quote, JSON.stringify(json.files[1].quotes));
      assert.deepEqual(Object.keys(quote), ['span', 'content', 'speaker', 'source', 'cue', 'method']);
      assert.equal(quote.span.text, '"We will meet again,"');
      const mention = json.files[1].mentions.find((m: any) => m.span.text === 'Steve Witkoff');
      assert.deepEqual(mention && Object.keys(mention), ['span', 'entity', 'name', 'possessive', 'kind']);
      assert.deepEqual([mention.entity, mention.name, mention.possessive, mention.kind], ['steve-witkoff', 'Steve Witkoff', false, 'name']);
    });
  });

  describe('SARIF', () => {
    let sarif: any;
    let file: string;
    let text: string;
    before(() => {
      // A broken entity list and a binary file too, so tool notifications are validated as well.
      const r = copydesk(['check', ...TEST_LIST, '--entities', 'broken.yaml', '--format', 'sarif', 'drafts', 'bin.md'], dir);
      file = path.join(dir, 'out.sarif');
      fs.writeFileSync(file, r.stdout);
      sarif = JSON.parse(r.stdout);
      text = copydesk(['check', ...TEST_LIST, 'drafts'], dir).stdout;
    });

    it('passes the SARIF validator with no error or warning', () => {
      const log = path.join(dir, 'validation.sarif');
      const run = spawnSync('npx', ['--no-install', 'sarif-multitool', 'validate', '--level', '"Error;Warning"', '-o', log, file], {
        cwd: repoRoot, encoding: 'utf8',
      });
      assert.equal(run.status, 0, run.stdout + run.stderr);
      const validation = JSON.parse(fs.readFileSync(log, 'utf8'));
      const problems = validation.runs[0].results.filter((r: any) => r.level === 'error' || r.level === 'warning');
      assert.deepEqual(problems.map((r: any) => `${r.ruleId} ${JSON.stringify(r.message.arguments)}`), []);
    });

    it('lists every rule with a help page that exists', () => {
      assert.equal(sarif.version, '2.1.0');
      const rules = sarif.runs[0].tool.driver.rules;
      assert.deepEqual(rules.map((r: any) => r.id), [
        'unattributed-quote', 'anonymous-source', 'unattributed-claim', 'hedged-claim', 'unknown-speaker',
        'name-spelling', 'title-mismatch', 'first-reference', 'unbalanced-quote',
      ]);
      assert.ok(fs.existsSync(fileURLToPath(sarif.runs[0].tool.driver.informationUri)));
      for (const rule of rules) {
        assert.ok(rule.helpUri.endsWith(`/docs/rules/${rule.id}.md`), rule.helpUri);
        assert.ok(fs.existsSync(fileURLToPath(rule.helpUri)), `${rule.helpUri} exists`);
      }
    });

    it("carries each rule's page as help, for viewers that cannot open the file", () => {
      for (const rule of sarif.runs[0].tool.driver.rules) {
        assert.equal(rule.help.markdown, fs.readFileSync(fileURLToPath(rule.helpUri), 'utf8'));
        assert.match(rule.help.markdown, new RegExp(`^# \`${rule.id}\``));
        assert.match(rule.help.markdown, /## How to fix it/);
      }
    });

    it('has one result per finding, at the same 1-based line and column as the text output', () => {
      const results = sarif.runs[0].results;
      const fromText = text.trimEnd().split('\n').slice(0, -1);
      assert.equal(results.length, fromText.length);
      results.forEach((r: any, i: number) => {
        const artifact = r.locations[0].physicalLocation.artifactLocation;
        const region = r.locations[0].physicalLocation.region;
        const level = { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[fromText[i].split(': ')[1].split(' ')[0]];
        assert.equal(`${artifact.uri}:${region.startLine}:${region.startColumn}: ${r.ruleId}`, fromText[i].replace(/: \w+ ([\w-]+) .*$/, ': $1'));
        assert.equal(r.level, level);
      });
    });

    it('reports the unusable file and the entity list problems as tool notifications', () => {
      const notes = sarif.runs[0].invocations[0].toolExecutionNotifications;
      assert.ok(notes.some((n: any) => /bin\.md: binary file/.test(n.message.text)));
      assert.ok(notes.some((n: any) => /^broken\.yaml:\d+:\d+: /.test(n.message.text) && n.level === 'error'));
      assert.equal(sarif.runs[0].invocations[0].executionSuccessful, false);
    });
  });
});
