import * as assert from 'node:assert/strict';
import { attributionInsert, disableNextLineComment, speakerChoices } from '../../src/vscode/actionEdits';
import { addEntityFileToConfig, addPersonToEntityYaml, kebabCase, YamlEditError } from '../../src/vscode/entityYamlEdit';
import { emptyAnalysis, indexOf, mention, person, quote } from './fixtures';

describe('add an attribution', () => {
  const choices = ['Marco Rubio', 'Rustem Umerov'];
  const cases: [string, string, string, string][] = [
    ['turns a closing full stop into a comma', '"We cannot force a deal."', 'We cannot force a deal.', ' ${1|Marco Rubio,Rustem Umerov|} said.'],
    ['keeps a question mark', '"Why now?"', 'Why now?', ' ${1|Marco Rubio,Rustem Umerov|} said.'],
    ['continues after a comma', '"We are ready," and', 'We are ready,', ' ${1|Marco Rubio,Rustem Umerov|} said'],
  ];
  for (const [what, text, content, snippet] of cases) {
    it(what, () => {
      const q = quote(text, content);
      const insert = attributionInsert(q, text, choices);
      assert.equal(insert.snippet, snippet);
      assert.equal(insert.at, q.range.end);
      assert.equal(insert.periodToComma, content.endsWith('.') ? q.content.end - 1 : null);
    });
  }
  it('escapes choice separators in names', () => {
    assert.equal(attributionInsert(quote('"Hi,"', 'Hi,'), '"Hi,"', ['Smith, Jr.']).snippet, ' ${1|Smith\\, Jr.|} said');
  });
  it('offers people the draft names first, then other listed officials, never journalists', () => {
    const index = indexOf([
      person({ id: 'a', name: 'Ann Able', role: 'official' }),
      person({ id: 'b', name: 'Bob Baker', role: 'official' }),
      person({ id: 'j', name: 'Jo Writer', role: 'journalist' }),
    ]);
    const text = 'Bob Baker spoke.';
    const analysis = emptyAnalysis(text, { mentions: [mention(text, 'Bob Baker', { entity: 'b', name: 'Bob Baker', kind: 'name' })] });
    assert.deepEqual(speakerChoices(analysis, index), ['Bob Baker', 'Ann Able']);
  });
});

describe('disable a rule for a line', () => {
  it('writes the directive with the line’s indentation', () => {
    assert.equal(disableNextLineComment('hedged-claim', '  '), '  <!-- copydesk-disable-next-line hedged-claim -->\n');
  });
});

describe('adding an unlisted speaker to the workspace entity list', () => {
  it('creates a new file with the person', () => {
    const { text, id } = addPersonToEntityYaml(undefined, { name: 'Yuri Ushakov', title: 'Kremlin aide' });
    assert.equal(id, 'yuri-ushakov');
    assert.match(text, /^version: 1$/m);
    assert.ok(text.includes('entities:\n  - id: yuri-ushakov\n    name: Yuri Ushakov\n    type: person\n    role: official\n    title: Kremlin aide\n'), text);
  });
  it('keeps comments, order and the existing entries', () => {
    const before = '# our people\nversion: 1\nentities:\n  # the spokesman\n  - id: petro-kovalenko\n    name: Petro Kovalenko # checked\n';
    const { text } = addPersonToEntityYaml(before, { name: 'Yuri Ushakov' });
    assert.ok(text.startsWith('# our people\nversion: 1\nentities:\n  # the spokesman\n  - id: petro-kovalenko\n    name: Petro Kovalenko # checked\n'), text);
    assert.ok(text.endsWith('  - id: yuri-ushakov\n    name: Yuri Ushakov\n    type: person\n    role: other\n'), text);
  });
  it('makes the id unique', () => {
    const before = 'version: 1\nentities:\n  - id: yuri-ushakov\n    name: Yuri Ushakov\n';
    assert.equal(addPersonToEntityYaml(before, { name: 'Yuri Ushakov' }).id, 'yuri-ushakov-2');
  });
  it('turns an empty flow list into a block list', () => {
    assert.ok(addPersonToEntityYaml('version: 1\nentities: []\n', { name: 'Ann Able' }).text.includes('entities:\n  - id: ann-able\n'));
  });
  it('refuses a file with YAML errors rather than rewriting it', () => {
    assert.throws(() => addPersonToEntityYaml('entities: [\n', { name: 'Ann Able' }), YamlEditError);
  });
  it('kebab-cases ids from names with accents and punctuation', () => {
    assert.equal(kebabCase("Volodymyr Zelens'kyi"), 'volodymyr-zelens-kyi');
    assert.equal(kebabCase('José  Núñez'), 'jose-nunez');
  });
  it('lists the new file in .copydesk.yaml once, keeping its rules', () => {
    const config = '# house settings\nrules:\n  hedged-claim: off\n';
    const once = addEntityFileToConfig(config, 'copydesk-entities.yaml');
    assert.equal(once, '# house settings\nrules:\n  hedged-claim: off\nentityFiles:\n  - copydesk-entities.yaml\n');
    assert.equal(addEntityFileToConfig(once, 'copydesk-entities.yaml'), once);
  });
});
