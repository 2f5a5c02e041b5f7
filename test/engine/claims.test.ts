import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { analyze } from '../../src/engine/analyze';
import { compileEntities } from '../../src/engine/entities/compile';
import type { AttributionMethod, ClaimStatus, DocumentKind } from '../../src/engine/types';
import { claimList } from '../../src/engine/claims/columns';

const index = compileEntities({ sources: [], entities: [] });

interface Expected {
  /** The claim's sentence. */
  sentence: string;
  status: ClaimStatus;
  method?: AttributionMethod;
  content?: string | null;
  source?: string | null;
  cue?: string | null;
  speaker?: string | null;
  hedge?: string | null;
}

function claimsOf(text: string, kind: DocumentKind = 'plaintext') {
  const a = analyze(text, kind, index);
  const slice = (r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : null);
  return claimList(a.claims).map((c) => ({ c, sentence: slice(c.range), content: slice(c.content), source: slice(c.source), cue: slice(c.cue), hedge: slice(c.hedge) }));
}

function check(text: string, expected: Expected[], kind: DocumentKind = 'plaintext'): void {
  const got = claimsOf(text, kind);
  assert.deepEqual(got.map((g) => g.sentence), expected.map((e) => e.sentence), 'claim sentences');
  expected.forEach((e, i) => {
    const g = got[i];
    assert.equal(g.c.status, e.status, `${e.sentence}: status`);
    if (e.method !== undefined) assert.equal(g.c.method, e.method, `${e.sentence}: method`);
    if (e.content !== undefined) assert.equal(g.content, e.content, `${e.sentence}: content`);
    if (e.source !== undefined) assert.equal(g.source, e.source, `${e.sentence}: source`);
    if (e.cue !== undefined) assert.equal(g.cue, e.cue, `${e.sentence}: cue`);
    if (e.speaker !== undefined) assert.equal(g.c.speaker ? g.c.speaker.name : null, e.speaker, `${e.sentence}: speaker`);
    if (e.hedge !== undefined) {
      assert.equal(g.hedge, e.hedge, `${e.sentence}: hedge`);
      assert.equal(g.c.hedged, e.hedge !== null, `${e.sentence}: hedged`);
    }
  });
}

describe('findClaims', () => {
  describe('reported statements', () => {
    const cases: { name: string; text: string; expected: Expected[] }[] = [
      {
        name: 'source, cue and "that"',
        text: 'President Volodymyr Zelenskiy said that Ukraine had agreed on several documents.',
        expected: [{ sentence: 'President Volodymyr Zelenskiy said that Ukraine had agreed on several documents.', status: 'attributed', method: 'named', source: 'Volodymyr Zelenskiy', cue: 'said', content: 'that Ukraine had agreed on several documents', speaker: 'Volodymyr Zelenskiy' }],
      },
      {
        name: 'a cue with its medium',
        text: 'Marco Rubio told reporters that he may join the talks in Miami on Saturday.',
        expected: [{ sentence: 'Marco Rubio told reporters that he may join the talks in Miami on Saturday.', status: 'attributed', source: 'Marco Rubio', cue: 'told reporters', content: 'that he may join the talks in Miami on Saturday' }],
      },
      {
        name: 'attribution closing the sentence',
        text: 'Talks will resume in Miami on Saturday, Smith said.',
        expected: [{ sentence: 'Talks will resume in Miami on Saturday, Smith said.', status: 'attributed', method: 'named', source: 'Smith', cue: 'said', content: 'Talks will resume in Miami on Saturday' }],
      },
      {
        name: 'inverted attribution with an appositive before the name',
        text: 'Negotiators will meet in Miami on Friday, said the head of the delegation, Rustem Umerov.',
        expected: [{ sentence: 'Negotiators will meet in Miami on Friday, said the head of the delegation, Rustem Umerov.', status: 'attributed', source: 'Rustem Umerov', speaker: 'Rustem Umerov', content: 'Negotiators will meet in Miami on Friday' }],
      },
      {
        name: 'an unnamed source closing the sentence',
        text: 'Witkoff and Kushner plan to meet a Russian delegation in Miami, a White House official said.',
        expected: [{ sentence: 'Witkoff and Kushner plan to meet a Russian delegation in Miami, a White House official said.', status: 'anonymous', method: 'anonymous', source: 'a White House official', speaker: null, content: 'Witkoff and Kushner plan to meet a Russian delegation in Miami' }],
      },
      {
        name: 'sources said',
        text: 'The convoy reached Kherson on Tuesday, sources said.',
        expected: [{ sentence: 'The convoy reached Kherson on Tuesday, sources said.', status: 'anonymous', source: 'sources' }],
      },
      {
        name: 'according to, leading',
        text: 'According to Statistics Canada, prices rose 3 percent in May.',
        expected: [{ sentence: 'According to Statistics Canada, prices rose 3 percent in May.', status: 'attributed', source: 'Statistics Canada', cue: 'According to', content: 'prices rose 3 percent in May' }],
      },
      {
        name: 'a participle hanging on the subject',
        text: 'Vladimir Putin offered no compromise on Friday, saying the onus was on Ukraine.',
        expected: [{ sentence: 'Vladimir Putin offered no compromise on Friday, saying the onus was on Ukraine.', status: 'attributed', source: 'Vladimir Putin', cue: 'saying', content: 'the onus was on Ukraine' }],
      },
      {
        name: 'a pronoun after a named statement in the paragraph',
        text: 'Smith said that Kyiv had agreed on a plan. But he said that no final proposals had been agreed.',
        expected: [
          { sentence: 'Smith said that Kyiv had agreed on a plan.', status: 'attributed', speaker: 'Smith' },
          { sentence: 'But he said that no final proposals had been agreed.', status: 'attributed', method: 'pronoun', source: 'he', speaker: 'Smith', content: 'that no final proposals had been agreed' },
        ],
      },
    ];
    for (const c of cases) it(c.name, () => check(c.text, c.expected));
  });

  describe('unattributed, hedged and verified claims', () => {
    it('a sentence about a named organization with no source', () => {
      check('The administration in Washington is pushing to end the war.', [
        { sentence: 'The administration in Washington is pushing to end the war.', status: 'unattributed', method: 'none', source: null, cue: null, content: null, hedge: null },
      ]);
    });

    const hedges: [string, string][] = [
      ['Kushner reportedly met Putin in Moscow last week.', 'reportedly'],
      ['The deal allegedly included a ceasefire in Donbas.', 'allegedly'],
      // Nothing but the sentence's first word names anything: the hedge alone makes it a claim.
      ['Moscow has reportedly rejected a ceasefire over the holidays.', 'reportedly'],
      ['The deal is said to include a ceasefire in Donbas.', 'is said to'],
      ['It is understood that Kyiv rejected the plan on Monday.', 'It is understood'],
      // Found through its "said", the word the sentence is read for, not through "were".
      ['The talks were said to include a ceasefire in Donbas.', 'were said to'],
      ['Unconfirmed reports of shelling in Donbas spread on Monday.', 'Unconfirmed reports'],
    ];
    for (const [sentence, hedge] of hedges) {
      it(`hedged: ${hedge}`, () => check(sentence, [{ sentence, status: 'unattributed', hedge }]));
    }

    it('a hedge on an attributed claim', () => {
      check('Kyiv reportedly rejected the plan, officials said.', [
        { sentence: 'Kyiv reportedly rejected the plan, officials said.', status: 'anonymous', hedge: 'reportedly' },
      ]);
    });

    it('verified by a link, a footnote or a marker (markdown)', () => {
      const text = [
        'Ukraine signed the deal on Friday ([source](https://example.com/deal)).',
        'Ukraine signed the second deal in Kyiv on Monday. <!-- verified: call to the ministry -->',
        'Ukraine signed a third deal in Berlin on Monday.[^1]',
        'Ukraine signed a fourth deal in Paris on Tuesday.',
        '[^1]: Ministry statement.',
      ].join('\n\n');
      check(text, [
        { sentence: 'Ukraine signed the deal on Friday ([source](https://example.com/deal)).', status: 'verified' },
        { sentence: 'Ukraine signed the second deal in Kyiv on Monday.', status: 'verified' },
        { sentence: 'Ukraine signed a third deal in Berlin on Monday.', status: 'verified' },
        { sentence: 'Ukraine signed a fourth deal in Paris on Tuesday.', status: 'unattributed' },
      ], 'markdown');
    });
  });

  describe('sentences that are not claims', () => {
    const none: [string, string, DocumentKind][] = [
      ['a question', 'Will Ukraine sign the deal in Miami?', 'plaintext'],
      ['a heading', '# Ukraine talks resume in Miami on Friday', 'markdown'],
      ['the credits line', '(Reporting by Yuliia Dysa; Editing by Kevin Liffey and Diane Craft)', 'plaintext'],
      ['only an attribution', 'Smith said.', 'plaintext'],
      ['a sentence whose quote is attributed', '"We are ready to talk in Miami," Umerov said.', 'plaintext'],
      ['the sentences inside a quote', '"Ukraine signed the deal on Friday. Russia did not," Umerov said.', 'plaintext'],
      ['nothing checkable', 'It was a long day and everyone was tired.', 'plaintext'],
    ];
    for (const [name, text, kind] of none) it(name, () => assert.deepEqual(claimsOf(text, kind).map((g) => g.sentence), []));

    it("a plain-text draft's headline, but its lede is one", () => {
      check('Ukraine Peace Talks Resume in Miami on Friday\n\nUkraine and the United States resumed talks in Miami on Friday.\n', [
        { sentence: 'Ukraine and the United States resumed talks in Miami on Friday.', status: 'unattributed' },
      ]);
    });
  });
});
