import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generatedSnippets, SNIPPETS_PATH } from '../../scripts/generate-snippets';
import type { Entity, EntityList } from '../../src/engine/types';
import { buildSnippets, choice, escapeChoice, escapeText } from '../../src/vscode/snippets';

function person(name: string, title: string | undefined, more: Partial<Entity> = {}): Entity {
  return {
    id: name.toLowerCase().replace(/\s+/g, '-'), name, type: 'person', role: 'official', title,
    titles: [], aliases: [], descriptors: [], misspellings: [], facts: [], quotes: [], ...more,
  };
}

const list: EntityList = {
  sources: [{ id: 'report', publisher: 'Reuters' }],
  entities: [
    person('Rustem Umerov', "head of Kyiv's delegation", {
      quotes: [{ text: 'We are constructively minded.', ref: { source: 'report', paragraph: 3, raw: 'report#p3' } }],
    }),
    person('Marco Rubio', 'U.S. Secretary of State'),
    person('Yuliia Dysa', undefined, { role: 'journalist' }),
    { ...person('Kremlin', undefined), type: 'organization', role: undefined },
  ],
};

/** Unescaped `$` must open a tab stop, placeholder or choice; braces must balance. */
function assertValidBody(body: string): void {
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') { i++; continue; }
    if (c === '$') {
      assert.match(body.slice(i + 1), /^(\d|\{\d+[:|}])/, `bad $ at ${i} in ${body}`);
      if (body[i + 1] === '{') depth++;
    } else if (c === '}') {
      depth--;
      assert.ok(depth >= 0, `unbalanced } at ${i} in ${body}`);
    }
  }
  assert.equal(depth, 0, `unclosed \${ in ${body}`);
}

describe('snippets', () => {
  it('the checked-in snippets/markdown.json is generated from data/entities.yaml as it stands', () => {
    assert.equal(readFileSync(SNIPPETS_PATH, 'utf8'), generatedSnippets(), 'run `npm run build` to regenerate it');
  });

  it('every generated body is a well-formed snippet that ends in $0', () => {
    const file = JSON.parse(generatedSnippets()) as Record<string, { body: string[] }>;
    for (const snippet of Object.values(file)) {
      const body = snippet.body.join('\n');
      assertValidBody(body);
      assert.ok(body.includes('$0'), body);
    }
  });

  describe('escaping', () => {
    const text: [string, string][] = [['$5 {x} \\', '\\$5 {x\\} \\\\'], ['plain', 'plain']];
    for (const [input, expected] of text) it(`text ${input}`, () => assert.equal(escapeText(input), expected));
    const choices: [string, string][] = [["Rustem Umerov, head of Kyiv's delegation", "Rustem Umerov\\, head of Kyiv's delegation"], ['a|b', 'a\\|b']];
    for (const [input, expected] of choices) it(`choice ${input}`, () => assert.equal(escapeChoice(input), expected));
    it('a choice with no options falls back to a placeholder', () => assert.equal(choice(2, [], 'NAME'), '${2:NAME}'));
    it('a choice drops repeats', () => assert.equal(choice(1, ['Lee', 'Lee', 'Kim'], 'NAME'), '${1|Lee,Kim|}'));
  });

  describe('from a list', () => {
    const snippets = buildSnippets(list);
    const body = (key: string) => snippets[key].body.join('\n');

    it('offers the surnames of the listed speakers on later reference', () => {
      assert.equal(body('Quote, later reference'), '"${1:quote}," ${2|Umerov,Rubio|} said.$0');
    });
    it('offers name and lowercase title, inverted, on first reference', () => {
      assert.equal(body('Quote, first reference with title'), "\"${1:quote},\" said ${2|Rustem Umerov\\, head of Kyiv's delegation,Marco Rubio\\, U.S. secretary of state|}.$0");
    });
    it('names the list\'s sources in the sourced quote', () => {
      assert.equal(body('Sourced quote'), '"${1:quote}," ${2|Umerov,Rubio|} said. <!-- source: ${3|report|}#p${4:1} -->$0');
    });
    it('offers full names and surnames in attribution forms', () => {
      assert.equal(body('According to'), 'according to ${1|Rustem Umerov,Marco Rubio,Umerov,Rubio|}$0');
      assert.match(body('Said on a day'), /said on \$\{2\|Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday\|\} that/);
      assert.match(body('Told reporters'), / told reporters \$\{2:that …\}\$0$/);
      assert.match(body('Wrote on a platform'), / wrote on \$\{2\|X,Telegram,/);
    });
    it('leaves credited journalists and organizations out of the speakers', () => {
      assert.ok(!JSON.stringify(snippets).includes('Dysa'));
      assert.ok(!JSON.stringify(snippets).includes('Kremlin'));
    });
    it('has one snippet per listed quote, both references to choose from, with its source marker', () => {
      assert.deepEqual(snippets['Quote: Rustem Umerov 1'], {
        prefix: ['quote-umerov'],
        body: ["\"We are constructively minded,\" ${1|said Rustem Umerov\\, head of Kyiv's delegation.,Umerov said.|} <!-- source: report#p3 -->$0"],
        description: 'Rustem Umerov: We are constructively minded.',
      });
    });
  });
});
