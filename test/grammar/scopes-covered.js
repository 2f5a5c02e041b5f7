// Fails when the injection grammar names a scope that no grammar test asserts.
// `keyword.other.marker.$2.copydesk` stands for one scope per marker kind (source, verified).
const fs = require('node:fs');
const path = require('node:path');

const grammarPath = path.join(__dirname, '..', '..', 'syntaxes', 'copydesk.markdown.tmLanguage.json');
const grammar = JSON.parse(fs.readFileSync(grammarPath, 'utf8'));
const tests = fs
  .readdirSync(__dirname)
  .filter((name) => name.endsWith('.test.md'))
  .map((name) => fs.readFileSync(path.join(__dirname, name), 'utf8'))
  .join('\n');
// Only what the assertions require, not what they exclude.
const asserted = new Set();
for (const line of tests.split('\n')) {
  const m = /^<!--\s*(?:\^+|<~*-+)\s+(.*)$/.exec(line);
  if (!m) continue;
  const required = m[1].split(/(?:^|\s)-(?:\s|$)/)[0];
  for (const scope of required.trim().split(/\s+/)) if (scope) asserted.add(scope);
}

const names = new Set();
(function collect(node) {
  if (Array.isArray(node)) return node.forEach(collect);
  if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'name' || key === 'contentName') && typeof value === 'string' && value.endsWith('.copydesk')) names.add(value);
      else collect(value);
    }
  }
})(grammar.repository);

const expand = (name) => (name.includes('$2') ? ['source', 'verified'].map((kind) => name.replace('$2', kind)) : [name]);
const missing = [...names].flatMap(expand).filter((scope) => !asserted.has(scope));
if (missing.length > 0) {
  console.error(`Grammar scopes no test asserts:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`All ${names.size} scope names of the injection grammar are asserted by a grammar test.`);
