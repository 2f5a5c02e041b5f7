// Mentions are kept as columns (types.ts Mentions); every surface reads one back as a Mention. What goes
// in must come out, in order of position, and mentions of one person written one way share one target.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine/analyze';
import { entityAt, kindAt, mentionAt, mentionList, mentionsBefore, mentionsOf, noMentions } from '../../src/engine/mentions/columns';
import type { Mention } from '../../src/engine/types';
import { bundledIndex } from './properties/bundled';

function m(start: number, end: number, fields: Partial<Mention> = {}): Mention {
  return { range: { start, end }, entity: 'donald-trump', name: 'Donald Trump', kind: 'surname', possessive: false, sentence: 0, ...fields };
}

describe('mention columns', () => {
  const CASES: Array<[what: string, given: Mention[], expected: Mention[]]> = [
    ['nothing', [], []],
    ['a listed name', [m(0, 12, { kind: 'name' })], [m(0, 12, { kind: 'name' })]],
    ['a possessive', [m(4, 11, { possessive: true })], [m(4, 11, { possessive: true })]],
    [
      'an unlisted person with the title that introduced them',
      [m(0, 20, { entity: null, name: 'Yuri Ushakov', kind: 'unlisted', title: 'Kremlin aide', sentence: 2 })],
      [m(0, 20, { entity: null, name: 'Yuri Ushakov', kind: 'unlisted', title: 'Kremlin aide', sentence: 2 })],
    ],
    ['a misspelling with its fix', [m(0, 8, { kind: 'misspelling', fix: 'Trump' })], [m(0, 8, { kind: 'misspelling', fix: 'Trump' })]],
    ['mentions out of order, sorted by start', [m(20, 25), m(0, 5), m(10, 15)], [m(0, 5), m(10, 15), m(20, 25)]],
    [
      'an outer mention before the one nested in it',
      [m(11, 18, { possessive: true }), m(11, 29, { entity: 'jared-kushner', name: 'Jared Kushner', kind: 'descriptor' })],
      [m(11, 29, { entity: 'jared-kushner', name: 'Jared Kushner', kind: 'descriptor' }), m(11, 18, { possessive: true })],
    ],
  ];
  for (const [what, given, expected] of CASES) {
    it(`keeps ${what}`, () => assert.deepEqual(mentionList(mentionsOf(given)), expected));
  }

  it('shares one target between mentions of one person written one way, and no more', () => {
    const columns = mentionsOf([
      m(0, 5),
      m(10, 15),
      m(20, 25, { kind: 'misspelling', fix: 'Trump' }),
      m(30, 35, { entity: null, name: 'Trump', kind: 'unlisted' }),
      m(40, 45, { entity: null, name: 'Trump', kind: 'unlisted', title: 'developer' }),
    ]);
    assert.deepEqual([...columns.target], [0, 0, 1, 2, 3]);
    assert.equal(columns.targets.length, 4);
  });

  it('answers about one mention without making it', () => {
    const columns = mentionsOf([m(0, 5), m(10, 15, { entity: null, name: 'Ann Lee', kind: 'unlisted' })]);
    assert.equal(kindAt(columns, 1), 'unlisted');
    assert.equal(entityAt(columns, 0), 'donald-trump');
    assert.equal(entityAt(columns, 1), null);
    assert.deepEqual([0, 1, 5, 10, 11, 99].map((offset) => mentionsBefore(columns, offset)), [0, 1, 1, 1, 2, 2]);
    assert.deepEqual(mentionAt(columns, 0), m(0, 5));
    assert.equal(noMentions().length, 0);
  });

  it('is what an analysis hands out: every mention of the report in order, one target per way of naming', () => {
    const text = 'Rustem Umerov arrived. "We are ready," Umerov said. Umerov left, and Umarov returned.';
    const { mentions } = analyze(text, 'markdown', bundledIndex);
    const list = mentionList(mentions);
    assert.deepEqual(list.map((x) => [text.slice(x.range.start, x.range.end), x.kind]), [
      ['Rustem Umerov', 'name'],
      ['Umerov', 'surname'],
      ['Umerov', 'surname'],
      ['Umarov', 'misspelling'],
    ]);
    assert.equal(mentions.target[1], mentions.target[2]);
    assert.notEqual(mentions.target[0], mentions.target[3]);
  });
});
