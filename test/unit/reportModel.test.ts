import * as assert from 'node:assert/strict';
import { quoteLensTitle } from '../../src/vscode/lensTitles';
import { buildDraftReport } from '../../src/vscode/reportModel';
import { emptyAnalysis, indexOf, person, quote, rangeOf } from './fixtures';

const rubio = person({ id: 'marco-rubio', name: 'Marco Rubio', role: 'official', title: 'U.S. Secretary of State' });
const index = indexOf([rubio]);
const text = [
  'Intro line.',
  '"It is up to them," Rubio said.',
  '"We cannot force a deal."',
  '"Talks go on," a senior official said. The so-called "peace plan" is long.',
].join('\n');
const quotes = [
  quote(text, 'It is up to them,', { speaker: { name: 'Marco Rubio', entity: 'marco-rubio' }, method: 'named', source: rangeOf(text, 'Rubio'), cue: rangeOf(text, 'said') }),
  quote(text, 'We cannot force a deal.'),
  quote(text, 'Talks go on,', { method: 'anonymous', source: rangeOf(text, 'a senior official'), cue: rangeOf(text, 'said', 2) }),
  quote(text, 'peace plan', { scare: true }),
];
const analysis = emptyAnalysis(text, {
  quotes,
  claims: [
    { range: rangeOf(text, 'Intro line.'), content: null, status: 'unattributed', hedged: false, hedge: null, speaker: null, source: null, cue: null, method: 'none' },
  ],
  diagnostics: [
    { rule: 'unattributed-quote', severity: 'warning', message: 'Say who said this quote.', range: quotes[1].range, fix: null },
    { rule: 'anonymous-source', severity: 'warning', message: 'Name the source if you can.', range: rangeOf(text, 'a senior official'), fix: null },
  ],
});

describe('quote lens titles', () => {
  const cases: [string, number, string][] = [
    ['a listed speaker with title', 0, 'Marco Rubio, U.S. Secretary of State'],
    ['no speaker', 1, 'unattributed quote'],
    ['an unnamed source as written', 2, 'anonymous: a senior official'],
  ];
  for (const [what, i, title] of cases) it(`names ${what}`, () => assert.equal(quoteLensTitle(quotes[i], index, text), title));
  it('gives a description that names nobody as written', () => {
    const t = '"We are ready," the senator said.';
    const q = quote(t, 'We are ready,', { method: 'descriptor', source: rangeOf(t, 'the senator'), cue: rangeOf(t, 'said') });
    assert.equal(quoteLensTitle(q, index, t), 'the senator (no name found)');
  });
  it('marks a named speaker who is not listed', () => {
    const q = quote(text, 'We cannot force a deal.', { speaker: { name: 'Petro Kovalenko', entity: null }, method: 'named' });
    assert.equal(quoteLensTitle(q, index, text), 'Petro Kovalenko (not in the entity list)');
  });
  it('writes names and titles on one line, spaced once', () => {
    const spaced = indexOf([person({ id: 'marco-rubio', name: ' Marco\n Rubio', role: 'official', title: 'U.S.  Secretary\tof State ' })]);
    assert.equal(quoteLensTitle(quotes[0], spaced, text), 'Marco Rubio, U.S. Secretary of State');
  });
  it('follows a reloaded entity list: the same speaker with a new title', () => {
    const retitled = indexOf([person({ id: 'marco-rubio', name: 'Marco Rubio', role: 'official', title: 'National Security Adviser' })]);
    assert.equal(quoteLensTitle(quotes[0], index, text), 'Marco Rubio, U.S. Secretary of State');
    assert.equal(quoteLensTitle(quotes[0], retitled, text), 'Marco Rubio, National Security Adviser');
  });
});

describe('the Check Attributions report', () => {
  const report = buildDraftReport(text, analysis, index);
  it('lists every quote but scare quotes, with its speaker and place', () => {
    assert.deepEqual(
      report.quotes.map((q) => [q.label, q.description, q.start.line, q.start.character]),
      [
        ['“It is up to them,”', 'Marco Rubio, U.S. Secretary of State', 1, 0],
        ['“We cannot force a deal.”', 'unattributed quote', 2, 0],
        ['“Talks go on,”', 'anonymous: a senior official', 3, 0],
      ],
    );
  });
  it('lists every flag with its rule and line', () => {
    assert.deepEqual(
      report.flags.map((f) => [f.label, f.description, f.start.line, f.start.character]),
      [
        ['Say who said this quote.', 'unattributed-quote · line 3', 2, 0],
        ['Name the source if you can.', 'anonymous-source · line 4', 3, 15],
      ],
    );
  });
});
