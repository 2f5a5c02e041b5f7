// The entity file loader: a table of files, each with the problems it must give (severity, line,
// column, a fragment of the message) and the entities that must still load. Lines and columns are
// 1-based and were read off each file as written here.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { parseEntityFile } from '../../../src/engine/entities/load';
import type { EntityProblem } from '../../../src/engine/types';

type Expected = [severity: EntityProblem['severity'], line: number, column: number, fragment: string];

interface Case {
  name: string;
  lines: string[];
  problems: Expected[];
  /** Ids of the entities that load, in order. */
  loads: string[];
}

const cases: Case[] = [
  {
    name: 'a valid file',
    lines: ['version: 1', 'entities:', '  - id: a', '    name: A', '    type: person'],
    problems: [],
    loads: ['a'],
  },
  {
    name: 'a YAML syntax error drops only what it breaks',
    lines: ['version: 1', 'entities:', '  - id: a', '    name: A: B', '    type: person', '  - id: b', '    name: B', '    type: place'],
    problems: [['error', 4, 11, 'Nested mappings']],
    loads: ['b'],
  },
  {
    name: 'a required field of the wrong type drops the entity',
    lines: ['version: 1', 'entities:', '  - id: a', '    name: [A, B]', '    type: person'],
    problems: [['error', 4, 11, '`name` must be text, not a list']],
    loads: [],
  },
  {
    name: 'an optional field of the wrong type drops only that field',
    lines: ['version: 1', 'entities:', '  - id: a', '    name: A', '    type: person', '    titles: President'],
    problems: [['error', 6, 13, '`titles` must be a list, not text']],
    loads: ['a'],
  },
  {
    name: 'a list item of the wrong type drops only that item',
    lines: ['version: 1', 'entities:', '  - id: a', '    name: A', '    type: person', '    aliases: [Al, 3]'],
    problems: [['error', 6, 19, 'each item of `aliases` must be text, not a number (3)']],
    loads: ['a'],
  },
  {
    name: 'an empty string in a list is an error (it would match everywhere)',
    lines: ['version: 1', 'entities:', '  - id: a', '    name: A', '    type: person', '    misspellings: ["", Aa]'],
    problems: [['error', 6, 20, 'is empty']],
    loads: ['a'],
  },
  {
    name: 'a misspelling that is also a correct form is a warning and is left out',
    lines: ['version: 1', 'entities:', '  - id: a', '    name: Rustem Umerov', '    type: person', '    aliases: [Rustem]', '    misspellings: [Umarov, Umerov, Rustem]'],
    problems: [
      ['warning', 7, 5, '`Umerov` is both a misspelling and a correct form'],
      ['warning', 7, 5, '`Rustem` is both a misspelling and a correct form'],
    ],
    loads: ['a'],
  },
  {
    name: 'a duplicate id: the first entity is kept, the error is at the second id',
    lines: ['version: 1', 'entities:', '  - {id: a, name: A, type: person}', '  - {id: a, name: B, type: place}'],
    problems: [['error', 4, 10, 'duplicate entity id `a`']],
    loads: ['a'],
  },
  {
    name: 'an id that is not kebab-case',
    lines: ['version: 1', 'entities:', '  - id: Rustem Umerov', '    name: Rustem Umerov', '    type: person'],
    problems: [['error', 3, 9, 'must be kebab-case']],
    loads: [],
  },
  {
    name: 'a malformed ref drops that fact only',
    lines: [
      'version: 1', 'entities:', '  - id: a', '    name: A', '    type: person', '    facts:',
      '      - text: Said so', '        ref: report#3', '      - text: Said more', '        ref: report#p2',
    ],
    problems: [['error', 8, 14, 'must name a source and paragraph, like `report#p3`']],
    loads: ['a'],
  },
  {
    name: 'paragraph zero is not a paragraph',
    lines: ['version: 1', 'entities:', '  - id: a', '    name: A', '    type: person', '    quotes: [{text: Hi, ref: report#p0}]'],
    problems: [['error', 6, 30, 'must name a source and paragraph']],
    loads: ['a'],
  },
  {
    name: 'a ref to an unknown source',
    lines: ['version: 1', 'entities:', '  - id: a', '    name: A', '    type: person', '    facts:', '      - text: Said so', '        ref: wire#p1'],
    problems: [['error', 8, 14, 'names no known source `wire`']],
    loads: ['a'],
  },
  {
    name: "a ref to the file's own source, declared after the entities",
    lines: ['version: 1', 'entities:', '  - id: a', '    name: A', '    type: person', '    facts: [{text: Said so, ref: wire#p1}]', 'sources:', '  - id: wire'],
    problems: [],
    loads: ['a'],
  },
  {
    name: 'an unknown field is a warning, with a suggestion for a near miss',
    lines: ['version: 1', 'entities:', '  - id: a', '    name: A', '    type: person', '    nickname: Al', '    aliasses: [Al]'],
    problems: [
      ['warning', 6, 5, 'unknown field `nickname`'],
      ['warning', 7, 5, 'did you mean `aliases`?'],
    ],
    loads: ['a'],
  },
  {
    name: 'an unknown top-level field is a warning',
    lines: ['version: 1', 'people: []', 'entities: []'],
    problems: [['warning', 2, 1, 'unknown field `people`']],
    loads: [],
  },
  {
    name: 'a bad type drops the entity',
    lines: ['version: 1', 'entities:', '  - id: a', '    name: A', '    type: human'],
    problems: [['error', 5, 11, '`type` must be one of person, organization, place; not `human`']],
    loads: [],
  },
  {
    name: 'a bad role or pronoun drops only that field',
    lines: ['version: 1', 'entities:', '  - id: a', '    name: A', '    type: person', '    role: boss', '    pronoun: it'],
    problems: [
      ['error', 6, 11, '`role` must be one of official, journalist, other'],
      ['error', 7, 14, '`pronoun` must be one of he, she, they'],
    ],
    loads: ['a'],
  },
  {
    name: 'a role on a place',
    lines: ['version: 1', 'entities:', '  - id: kyiv', '    name: Kyiv', '    type: place', '    role: official'],
    problems: [['error', 6, 5, '`role` is for persons only']],
    loads: ['kyiv'],
  },
  {
    name: 'a missing name or id drops the entity; the error is at the entity',
    lines: ['version: 1', 'entities:', '  - id: a', '    type: person', '  - name: B', '    type: person', '  - id: c', '    name: C', '    type: place'],
    problems: [
      ['error', 3, 5, 'missing `name`'],
      ['error', 5, 5, 'missing `id`'],
    ],
    loads: ['c'],
  },
  {
    name: 'a missing type drops the entity',
    lines: ['version: 1', 'entities:', '  - id: a', '    name: A'],
    problems: [['error', 3, 5, 'missing `type`']],
    loads: [],
  },
  {
    name: 'a wrong version loads nothing',
    lines: ['version: 2', 'entities:', '  - {id: a, name: A, type: person}'],
    problems: [['error', 1, 10, 'unsupported version']],
    loads: [],
  },
  {
    name: 'a version written as text is a wrong version',
    lines: ['version: "1"', 'entities: []'],
    problems: [['error', 1, 10, 'unsupported version']],
    loads: [],
  },
  {
    name: 'a missing version is an error, and the entities still load',
    lines: ['entities:', '  - {id: a, name: A, type: person}'],
    problems: [['error', 1, 1, 'no `version: 1`']],
    loads: ['a'],
  },
  {
    name: 'entities that are not a list',
    lines: ['version: 1', 'entities:', '  a: {name: A}'],
    problems: [['error', 3, 3, '`entities` must be a list, not a mapping']],
    loads: [],
  },
  {
    name: 'a file that is not a mapping',
    lines: ['- id: a', '  name: A'],
    problems: [['error', 1, 1, 'the entity file must be a mapping']],
    loads: [],
  },
  {
    name: 'an empty file is a warning',
    lines: ['# nothing yet'],
    problems: [['warning', 1, 1, 'empty']],
    loads: [],
  },
  {
    name: 'a repeated field: the first is kept',
    lines: ['version: 1', 'entities:', '  - id: a', '    name: A', '    name: B', '    type: person'],
    problems: [['error', 5, 5, 'repeats the field `name`']],
    loads: ['a'],
  },
  {
    name: 'a bad source: duplicate id and a date not in YYYY-MM-DD',
    lines: ['version: 1', 'sources:', '  - id: wire', '    date: Dec 19', '  - id: wire', 'entities: []'],
    problems: [
      ['error', 4, 11, 'YYYY-MM-DD'],
      ['error', 5, 9, 'duplicate source id `wire`'],
    ],
    loads: [],
  },
  {
    name: 'a second YAML document is ignored',
    lines: ['version: 1', 'entities: []', '---', 'entities: [{id: a, name: A, type: person}]'],
    problems: [['error', 3, 1, 'one YAML document']],
    loads: [],
  },
  {
    name: 'an alias that names no anchor',
    lines: ['version: 1', 'entities:', '  - *nobody'],
    problems: [['error', 3, 5, 'alias *nobody names no anchor']],
    loads: [],
  },
  {
    name: 'an alias repeating an entity is a duplicate where the alias stands',
    lines: ['version: 1', 'entities:', '  - &a {id: a, name: A, type: person}', '  - *a'],
    problems: [['error', 4, 5, 'duplicate entity id `a`']],
    loads: ['a'],
  },
  {
    name: 'an alias for a shared list is fine',
    lines: ['version: 1', 'entities:', '  - {id: a, name: A, type: person, titles: &t [Envoy]}', '  - {id: b, name: B, type: person, titles: *t}'],
    problems: [],
    loads: ['a', 'b'],
  },
];

describe('parseEntityFile', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { list, problems } = parseEntityFile(c.lines.join('\n') + '\n', 'team.yaml');
      assert.deepEqual(
        problems.map((p) => [p.severity, p.line, p.column]),
        c.problems.map(([severity, line, column]) => [severity, line, column]),
        JSON.stringify(problems, null, 1),
      );
      for (const [index, [, , , fragment]] of c.problems.entries()) {
        assert.ok(problems[index].message.includes(fragment), `"${problems[index].message}" should say "${fragment}"`);
        assert.equal(problems[index].path, 'team.yaml');
      }
      assert.deepEqual(list.entities.map((e) => e.id), c.loads);
    });
  }

  it('reports both a syntax error and a duplicate id at their places, and loads the rest', () => {
    const text = [
      'version: 1', //                            1
      'entities:', //                             2
      '  - {id: a, name: A, type: person}', //    3
      '  - id: b', //                             4
      '    name: B: C', //                        5: a syntax error (col 11)
      '    type: person', //                      6
      '  - {id: a, name: A2, type: person}', //   7: a duplicate (col 10)
      '  - {id: d, name: D, type: place}', //     8
    ].join('\n');
    const { list, problems } = parseEntityFile(text, 'team.yaml');
    assert.deepEqual(
      problems.map((p) => [p.severity, p.line, p.column]),
      [['error', 5, 11], ['error', 7, 10]],
    );
    assert.match(problems[0].message, /Nested mappings/);
    assert.match(problems[1].message, /duplicate entity id `a`/);
    assert.deepEqual(list.entities.map((e) => [e.id, e.name]), [['a', 'A'], ['d', 'D']]);
  });

  it('fills in where each entity and source was written', () => {
    const text = ['version: 1', 'sources:', '  - id: wire', 'entities:', '  - id: a', '    name: A', '    type: person'].join('\n');
    const { list } = parseEntityFile(text, 'team.yaml');
    assert.deepEqual(list.sources[0].origin, { path: 'team.yaml', line: 3, column: 5 });
    assert.deepEqual(list.entities[0].origin, { path: 'team.yaml', line: 5, column: 5 });
  });

  it('reads every field of an entity', () => {
    const text = [
      'version: 1',
      'entities:',
      '  - id: rustem-umerov',
      '    name: Rustem Umerov',
      '    type: person',
      '    role: official',
      "    title: head of Kyiv's delegation",
      '    titles: [Minister]',
      '    affiliation: Ukraine',
      '    aliases: [Rustem]',
      "    descriptors: [\"head of Kyiv's delegation\"]",
      '    misspellings: [Umarov]',
      '    pronoun: he',
      '    facts:',
      '      - text: Leads the delegation',
      '        ref: report#p1',
      '      - A fact without a source',
      '    quotes:',
      '      - {text: We are constructively minded., ref: report}',
    ].join('\n');
    const { list, problems } = parseEntityFile(text, 'team.yaml');
    assert.deepEqual(problems, []);
    const { origin, ...entity } = list.entities[0];
    assert.deepEqual(origin, { path: 'team.yaml', line: 3, column: 5 });
    assert.deepEqual(entity, {
      id: 'rustem-umerov',
      name: 'Rustem Umerov',
      type: 'person',
      role: 'official',
      title: "head of Kyiv's delegation",
      titles: ['Minister'],
      affiliation: 'Ukraine',
      aliases: ['Rustem'],
      descriptors: ["head of Kyiv's delegation"],
      misspellings: ['Umarov'],
      pronoun: 'he',
      facts: [
        { text: 'Leads the delegation', ref: { source: 'report', paragraph: 1, raw: 'report#p1' } },
        { text: 'A fact without a source', ref: null },
      ],
      quotes: [{ text: 'We are constructively minded.', ref: { source: 'report', paragraph: null, raw: 'report' } }],
    });
  });

  it('lets refs name the sources passed in as known, and only those besides its own', () => {
    const text = ['version: 1', 'entities:', '  - {id: a, name: A, type: person, facts: [{text: Said, ref: report#p1}]}'].join('\n');
    assert.deepEqual(parseEntityFile(text, 'team.yaml').problems, []); // the bundled list's sources by default
    assert.deepEqual(parseEntityFile(text, 'team.yaml', ['report', 'wire']).problems, []);
    const { problems, list } = parseEntityFile(text, 'team.yaml', []);
    assert.deepEqual(problems.map((p) => [p.line, p.column]), [[3, 62]]);
    assert.match(problems[0].message, /names no known source `report`/);
    assert.deepEqual(list.entities[0].facts, []);
  });
});
