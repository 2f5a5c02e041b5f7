// Entity files are untrusted: hostile ones must load nothing harmful, stay fast (no expansion, no
// recursion into deep nesting) and say clearly, at a position, what was refused.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { MAX_ALIAS_COUNT, MAX_ALIAS_EXPANSION, MAX_DEPTH } from '../../../src/engine/entities/limits';
import { parseEntityFile } from '../../../src/engine/entities/load';

const positions = (problems: Array<{ severity: string; line: number; column: number }>) =>
  problems.map((p) => [p.severity, p.line, p.column]);

describe('hostile entity files', () => {
  it('a "billion laughs" alias bomb is not expanded', () => {
    // Nine levels of nine aliases: 9^9 strings if anything expanded it.
    const lines = ['version: 1', 'entities: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let level = 1; level <= 8; level++) lines.push(`l${level}: &l${level} [${Array(9).fill(`*l${level - 1}`).join(', ')}]`);
    lines.push('titles: *l8');
    const { list, problems } = parseEntityFile(lines.join('\n'), 'bomb.yaml');
    assert.deepEqual(list.entities, []);
    // The entities are nine strings, not mappings; the bomb's levels are unknown top-level fields.
    assert.equal(problems.filter((p) => p.message.includes('an entity must be a mapping')).length, 9);
    assert.ok(problems.every((p) => p.line >= 1 && p.column >= 1));
  });

  it('an alias bomb shaped like the schema stops at the alias limit', () => {
    const lines = [
      'version: 1',
      'entities:',
      '  - id: e0',
      '    name: E',
      '    type: person',
      '    facts: &f [{text: lol}, {text: lol}, {text: lol}, {text: lol}, {text: lol}, {text: lol}, {text: lol}, {text: lol}]',
    ];
    for (let i = 1; i <= 200; i++) lines.push(`  - {id: e${i}, name: E, type: person, facts: *f, quotes: *f}`);
    const { list, problems } = parseEntityFile(lines.join('\n'), 'bomb.yaml');
    const limit = problems.filter((p) => p.message.includes('too many aliases'));
    assert.equal(limit.length, 1);
    // The 101st alias use: entity e51's `facts` (entities e1–e50 used two each), line 6 + 51.
    assert.deepEqual(positions(limit), [['error', 57, 45]]);
    const statements = list.entities.reduce((n, e) => n + e.facts.length + e.quotes.length, 0);
    assert.ok(statements <= 8 + MAX_ALIAS_COUNT * 8 && statements <= MAX_ALIAS_EXPANSION, `${statements} statements`);
    assert.equal(list.entities.length, 201); // the entities themselves are fine; only what aliases add is cut
  });

  it('aliases to a large list stop at the expansion limit', () => {
    // `titles` holds 1,999 names: with the list itself, 2,000 values for each alias to it.
    const names = Array(1999).fill('Envoy').join(', ');
    const lines = ['version: 1', 'entities:', `  - {id: e0, name: E, type: person, titles: &t [${names}]}`];
    for (let i = 1; i <= 7; i++) lines.push(`  - {id: e${i}, name: E, type: person, titles: *t}`);
    const { list, problems } = parseEntityFile(lines.join('\n'), 'bomb.yaml');
    // Five uses make 10,000 values; the sixth (entity e6, line 9) would pass the limit.
    assert.deepEqual(positions(problems), [['error', 9, 45]]);
    assert.match(problems[0].message, /too many aliases/);
    assert.deepEqual(list.entities.map((e) => e.titles.length), [1999, 1999, 1999, 1999, 1999, 1999, 0, 0]);
  });

  it('an alias bomb hidden in an unknown field cannot buy a larger budget', () => {
    // Many values nobody reads, then aliases to a large list where the schema reads them.
    const names = Array(1999).fill('Envoy').join(', ');
    const lines = ['version: 1', `padding: [${Array(50_000).fill('x').join(', ')}]`, 'entities:', `  - {id: e0, name: E, type: person, titles: &t [${names}]}`];
    for (let i = 1; i <= 50; i++) lines.push(`  - {id: e${i}, name: E, type: person, titles: *t}`);
    const { list, problems } = parseEntityFile(lines.join('\n'), 'bomb.yaml');
    assert.ok(problems.some((p) => p.message.includes('too many aliases')));
    const titles = list.entities.reduce((n, e) => n + e.titles.length, 0);
    assert.ok(titles <= 1999 + MAX_ALIAS_EXPANSION, `${titles} titles`);
  });

  it('a 3 MB file is one error and loads nothing', () => {
    const text = 'version: 1\nentities:\n' + '  - {id: a, name: A, type: person}\n'.repeat(90_000);
    assert.ok(text.length > 3_000_000);
    const { list, problems } = parseEntityFile(text, 'big.yaml');
    assert.deepEqual(positions(problems), [['error', 1, 1]]);
    assert.match(problems[0].message, /too large .*2 MB/);
    assert.deepEqual(list, { sources: [], entities: [] });
  });

  const deep: Array<[name: string, text: string, line: number, column: number, message: RegExp]> = [
    // Extreme depth is refused from the raw text: the 65th open bracket, or the block indicator
    // that stands at column 257 (a line indented more than 256 columns).
    ['10,000 nested flow lists', `version: 1\nentities: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 2, 11 + 64, /nesting deeper than 64 levels/],
    ['10,000 nested flow mappings', `version: 1\nentities: ${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`, 2, 11 + 64 * 4, /nesting deeper than 64 levels/],
    ['10,000 nested block lists on one line', `version: 1\nentities:\n  ${'- '.repeat(10_000)}x\n`, 3, 257, /indented more than 256 columns/],
    ['10,000 nested explicit keys on one line', `version: 1\nentities:\n  ${'? '.repeat(10_000)}x\n`, 3, 257, /indented more than 256 columns/],
    // 70 block mappings, each indented one more column: level L starts on line L, column L.
    ['70 nested block mappings', Array.from({ length: 70 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' x\n', 65, 65, /nesting deeper than 64 levels/],
  ];
  for (const [name, text, line, column, message] of deep) {
    it(`${name}: one error where it passes the limit (${MAX_DEPTH} levels), nothing loaded`, () => {
      const { list, problems } = parseEntityFile(text, 'deep.yaml');
      assert.deepEqual(positions(problems), [['error', line, column]]);
      assert.match(problems[0].message, message);
      assert.deepEqual(list, { sources: [], entities: [] });
    });
  }

  const tags: Array<[tag: string, shown: string]> = [
    ['!!js/function', '!!js/function'],
    ['!!js/regexp', '!!js/regexp'],
    ['!!js/undefined', '!!js/undefined'],
    ['!!python/object/apply:os.system', '!!python/object/apply:os.system'],
    ['!!binary', '!!binary'],
    ['!!timestamp', '!!timestamp'],
    ['!custom', '!custom'],
    ['!<tag:example.com,2000:app/x>', 'tag:example.com,2000:app/x'],
  ];
  for (const [tag, shown] of tags) {
    it(`the tag ${tag} is an error and its value is dropped`, () => {
      const text = ['version: 1', 'entities:', '  - id: a', '    name: A', '    type: person', `    title: ${tag} "function () { return 1 }"`].join('\n');
      const { list, problems } = parseEntityFile(text, 'tags.yaml');
      assert.deepEqual(positions(problems), [['error', 6, 12]]);
      assert.ok(problems[0].message.includes(`unsupported YAML tag ${shown}`), problems[0].message);
      assert.equal(list.entities.length, 1);
      assert.equal(list.entities[0].title, undefined);
    });
  }

  it('a tag on a required field drops the entity with one error; a tag on a collection drops it all', () => {
    const text = [
      'version: 1', //                                            1
      'entities:', //                                             2
      '  - id: a', //                                             3
      '    name: !!js/function "function () {}"', //              4
      '    type: person', //                                      5
      '  - id: b', //                                             6
      '    name: B', //                                           7
      '    type: person', //                                      8
      '    facts: !!set {? a, ? b}', //                           9
      '  - !!omap [{id: c}, {name: C}, {type: place}]', //         10
    ].join('\n');
    const { list, problems } = parseEntityFile(text, 'tags.yaml');
    assert.deepEqual(positions(problems), [['error', 4, 11], ['error', 9, 12], ['error', 10, 5]]);
    assert.deepEqual(list.entities.map((e) => [e.id, e.facts]), [['b', []]]);
  });

  it('the core schema tags are fine', () => {
    const text = ['version: !!int 1', 'entities:', '  - id: a', '    name: !!str 2025', '    type: person'].join('\n');
    const { list, problems } = parseEntityFile(text, 'tags.yaml');
    assert.deepEqual(problems, []);
    assert.equal(list.entities[0].name, '2025');
  });

  it('__proto__ and constructor keys are warnings and pollute nothing', () => {
    const text = [
      'version: 1', //                                         1
      '__proto__: {polluted: yes}', //                         2
      'entities:', //                                          3
      '  - id: a', //                                          4
      '    name: A', //                                        5
      '    type: person', //                                   6
      '    __proto__: {polluted: yes, name: Evil}', //          7
      '    constructor: {prototype: {polluted: yes}}', //       8
      '    facts:', //                                         9
      '      - {text: x, __proto__: {polluted: yes}}', //        10
      '  - id: __proto__', //                                  11
      '    name: B', //                                        12
      '    type: person', //                                   13
    ].join('\n');
    const { list, problems } = parseEntityFile(text, 'proto.yaml');
    assert.deepEqual(positions(problems), [
      ['warning', 2, 1],
      ['warning', 7, 5],
      ['warning', 8, 5],
      ['warning', 10, 19],
      ['error', 11, 9],
    ]);
    assert.match(problems[1].message, /unknown field `__proto__`/);
    assert.match(problems[4].message, /kebab-case/);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
    const [entity] = list.entities;
    assert.equal(Object.getPrototypeOf(entity), Object.prototype);
    assert.equal(entity.name, 'A');
    assert.equal((entity as unknown as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(entity.facts, [{ text: 'x', ref: null }]);
    assert.equal(Object.getPrototypeOf(entity.facts[0]), Object.prototype);
  });

  it('never throws, and every problem has a real position, on arbitrary text', () => {
    const yamlish = fc.string({
      unit: fc.constantFrom('version: 1\n', 'entities:\n', '  - ', 'id: a', '{', '}', '[', ']', '&a ', '*a', '!!', '"', "'", ':', ' ', '\n', '#', '\t', '? ', '---\n', '\u2028', '\uFEFF', 'é'),
      maxLength: 60,
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), yamlish), (text) => {
        const { list, problems } = parseEntityFile(text, 'any.yaml');
        assert.ok(Array.isArray(list.entities) && Array.isArray(list.sources));
        const lines = text.split(/\r\n|\r|\n/).length;
        for (const p of problems) {
          assert.ok(p.line >= 1 && p.line <= lines + 1 && p.column >= 1, JSON.stringify(p));
        }
      }),
      { numRuns: 300 },
    );
  });
});
