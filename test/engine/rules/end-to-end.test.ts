// The rules on real text, through the whole analysis: each flagged span is read off the draft.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/engine/analyze';
import { compileEntities } from '../../../src/engine/entities/compile';
import type { DocumentKind, RuleId } from '../../../src/engine/types';
import { person } from './helper';

const index = compileEntities({
  sources: [],
  entities: [
    person('steve-witkoff', 'Steve Witkoff', { role: 'official', title: 'White House envoy', pronoun: 'he' }),
    person('marco-rubio', 'Marco Rubio', { role: 'official', title: 'U.S. Secretary of State', pronoun: 'he' }),
    person('donald-trump', 'Donald Trump', { role: 'official', title: 'U.S. President', titles: ['President'], pronoun: 'he' }),
    person('volodymyr-zelenskiy', 'Volodymyr Zelenskiy', { role: 'official', title: 'President', misspellings: ['Zelensky', 'Zelenskyy'], pronoun: 'he' }),
  ],
});

/** "rule: flagged text [→ replacement]" for each finding of the given rules. */
function findings(text: string, rules: RuleId[], kind: DocumentKind = 'markdown'): string[] {
  return analyze(text, kind, index)
    .diagnostics.filter((d) => rules.includes(d.rule))
    .map((d) => `${d.rule}: ${text.slice(d.range.start, d.range.end)}${d.fix ? ` → ${d.fix.replacement}` : ''}`);
}

const NAME_RULES: RuleId[] = ['name-spelling', 'title-mismatch', 'first-reference'];

describe('rules on real text', () => {
  const cases: Array<{ name: string; text: string; kind?: DocumentKind; rules: RuleId[]; expect: string[] }> = [
    {
      name: 'a wrong title, a variant spelling and an early surname in one paragraph',
      text: 'Rubio arrived. Secretary of State Steve Witkoff met Zelensky. Marco Rubio spoke.\n',
      rules: NAME_RULES,
      expect: [
        'first-reference: Rubio → U.S. Secretary of State Marco Rubio',
        'title-mismatch: Secretary of State → White House envoy',
        'name-spelling: Zelensky → Zelenskiy',
      ],
    },
    {
      name: 'house style throughout: nothing to flag',
      text: 'White House envoy Steve Witkoff met President Volodymyr Zelenskiy. Witkoff and Zelenskiy spoke.\n',
      rules: NAME_RULES,
      expect: [],
    },
    {
      name: 'a possessive variant keeps its ending',
      text: "President Volodymyr Zelenskiy spoke. Zelenskyy's plan has 20 points.\n",
      rules: NAME_RULES,
      expect: ["name-spelling: Zelenskyy's → Zelenskiy's"],
    },
    {
      name: 'headlines use surnames: a markdown heading and a short first line of plain text',
      text: '# Trump meets Zelenskiy\n\nU.S. President Donald Trump met President Volodymyr Zelenskiy on Friday.\n',
      rules: NAME_RULES,
      expect: [],
    },
    {
      name: 'a plain-text headline, then a surname-only lede',
      kind: 'plaintext',
      text: 'Trump meets Zelenskiy.\n\nTrump met President Volodymyr Zelenskiy on Friday in Washington, where the two leaders discussed the terms of a ceasefire for several hours.\n',
      rules: NAME_RULES,
      expect: ['first-reference: Trump → U.S. President Donald Trump'],
    },
    {
      name: 'names inside code are not read',
      text: 'Notes:\n\n```\nSecretary of State Steve Witkoff\n```\n\nAlso `Zelensky` in code.\n',
      rules: NAME_RULES,
      expect: [],
    },
    {
      name: 'plain text is checked the same way',
      text: 'Secretary of State Steve Witkoff flew\nhome.\n',
      kind: 'plaintext',
      rules: NAME_RULES,
      expect: ['title-mismatch: Secretary of State → White House envoy'],
    },
    {
      name: 'an unclosed quote in the last paragraph; the multi-paragraph convention is not flagged',
      text: '"We came to talk, and we will keep talking until the work is done.\n\n"That may take a while," Witkoff said.\n\nHe added: "We leave tomorrow.\n',
      rules: ['unbalanced-quote'],
      expect: ['unbalanced-quote: "'],
    },
    {
      name: 'a quote running into the same speaker\'s next paragraph is the convention, not flagged',
      text: '"It will not be easy," Witkoff said. "We came to talk, and we will keep talking.\n\n"That may take a while," Witkoff added.\n',
      rules: ['unbalanced-quote'],
      expect: [],
    },
    {
      name: 'nor when the next paragraph\'s speaker is only a pronoun',
      text: '"It will not be easy," Witkoff said. "We came to talk.\n\n"That may take a while," he added.\n',
      rules: ['unbalanced-quote'],
      expect: [],
    },
    {
      name: 'nor when the speaker introduced before the run is the one named after it',
      text: 'Rubio said: "We will be there.\n\n"And we will stay," Rubio added.\n',
      rules: ['unbalanced-quote'],
      expect: [],
    },
    {
      name: 'quotes: one without a speaker, one from an unnamed source, one from an unlisted aide; a scare quote and a listed speaker pass',
      text: [
        '"We will not force a deal."',
        '',
        '"We are ready," a senior official said.',
        '',
        '"We talked," said Kremlin aide Yuri Ushakov.',
        '',
        'The plan is a "peace framework" for now.',
        '',
        '"We came to listen," Steve Witkoff said.',
        '',
      ].join('\n'),
      rules: ['unattributed-quote', 'anonymous-source', 'unknown-speaker'],
      expect: [
        'unattributed-quote: "We will not force a deal."',
        'anonymous-source: a senior official',
        'unknown-speaker: Yuri Ushakov',
      ],
    },
    {
      name: 'claims: one unsourced, one from an unnamed official; attributed and verified ones pass',
      text: [
        'Steve Witkoff held talks in Berlin on Monday.',
        '',
        'Steve Witkoff will meet a Russian delegation in Miami this weekend, a White House official said.',
        '',
        'Ukraine and the United States agreed on several documents, Marco Rubio said.',
        '',
        'Marco Rubio flew to Miami on Friday. <!-- verified: flight records -->',
        '',
      ].join('\n'),
      rules: ['unattributed-claim', 'anonymous-source'],
      expect: [
        'unattributed-claim: Steve Witkoff held talks in Berlin on Monday.',
        'anonymous-source: a White House official',
      ],
    },
    {
      name: 'a hedged claim: the hedge is flagged, and the claim has no source either',
      text: 'Steve Witkoff reportedly held talks with Marco Rubio in Berlin on Monday.\n',
      rules: ['hedged-claim', 'unattributed-claim'],
      expect: [
        'unattributed-claim: Steve Witkoff reportedly held talks with Marco Rubio in Berlin on Monday.',
        'hedged-claim: reportedly',
      ],
    },
    {
      name: 'a disable comment from the markdown itself',
      text: '<!-- copydesk-disable title-mismatch -->\nSecretary of State Steve Witkoff met Zelensky.\n<!-- copydesk-enable -->\n\nSecretary of State Steve Witkoff left.\n',
      rules: NAME_RULES,
      expect: ['name-spelling: Zelensky → Zelenskiy', 'title-mismatch: Secretary of State → White House envoy'],
    },
    {
      name: 'a disable-next-line comment',
      text: 'Zelensky arrived.\n<!-- copydesk-disable-next-line name-spelling -->\nZelensky left.\n',
      rules: ['name-spelling'],
      expect: ['name-spelling: Zelensky → Zelenskiy'],
    },
  ];
  for (const c of cases) {
    it(c.name, () => assert.deepEqual(findings(c.text, c.rules, c.kind), c.expect));
  }

  describe('a quote left open that runs into another speaker\'s quote', () => {
    const cases: Array<[what: string, text: string, open: string, speaker: string]> = [
      [
        'after a quote of its own speaker in its paragraph',
        '"It will not be easy," Rubio said. "We need both sides at the table.\n\n"We came to listen," said Steve Witkoff.\n',
        '"We need',
        'Steve Witkoff',
      ],
      ['after a speaker introduced before it', 'Witkoff said: "We will be there.\n\n"We will not," Rubio said.\n', '"We will be', 'Marco Rubio'],
      [
        'unlisted speakers told apart by surname',
        '"It is a dog whistle," Rep. Gwen Moore said Friday. "If indeed the plan fails, we will know.\n\n"I have been thinking about where we are," added Rep. Jim Clyburn, the assistant leader.\n',
        '"If indeed',
        'Jim Clyburn',
      ],
    ];
    for (const [what, text, open, speaker] of cases) {
      it(`is flagged at its opening mark, naming the next speaker: ${what}`, () => {
        const flagged = analyze(text, 'markdown', index).diagnostics.filter((d) => d.rule === 'unbalanced-quote');
        assert.deepEqual(flagged.map((d) => d.range), [{ start: text.indexOf(open), end: text.indexOf(open) + 1 }]);
        assert.match(flagged[0]!.message, new RegExp(`opens ${speaker}’s quote`));
      });
    }
  });

  it('severities and off come from options', () => {
    const text = 'Secretary of State Steve Witkoff met Zelensky.\n';
    const result = analyze(text, 'markdown', index, { rules: { 'title-mismatch': 'hint', 'name-spelling': 'off' } });
    assert.deepEqual(result.diagnostics.filter((d) => NAME_RULES.includes(d.rule)).map((d) => `${d.rule} ${d.severity}`), ['title-mismatch hint']);
  });
});
