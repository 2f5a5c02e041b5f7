// Every rule's metadata agrees with its page and with the index of rules: a cheap test that catches
// a renamed rule, a changed default or a page left behind.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isRuleId, RULE_METAS } from '../../../src/engine/rules/index';

const docs = path.resolve(__dirname, '..', '..', '..', 'docs', 'rules');

describe('rule metadata', () => {
  const index = fs.readFileSync(path.join(docs, 'README.md'), 'utf8');
  for (const meta of RULE_METAS) {
    it(`${meta.id}: its page, its default and its row in the index agree`, () => {
      assert.equal(meta.docs, meta.id);
      const page = fs.readFileSync(path.join(docs, `${meta.docs}.md`), 'utf8');
      assert.ok(page.startsWith(`# \`${meta.id}\`: `));
      assert.ok(page.includes(`Default severity: **${meta.defaultSeverity}**.`));
      assert.ok(page.includes(`<!-- copydesk-disable ${meta.id} -->`), 'the page says how to switch it off');
      assert.ok(index.includes(`| [\`${meta.id}\`](${meta.id}.md) | ${meta.defaultSeverity} |`));
      assert.ok(isRuleId(meta.id));
    });
  }
  it('has no page without a rule', () => {
    const pages = fs.readdirSync(docs).filter((f) => f.endsWith('.md') && f !== 'README.md').map((f) => f.slice(0, -3));
    assert.deepEqual(pages.sort(), RULE_METAS.map((m) => m.docs).sort());
  });
  it('knows no other rule ids', () => {
    assert.equal(isRuleId('no-such-rule'), false);
    assert.equal(isRuleId('toString'), false);
  });
});
