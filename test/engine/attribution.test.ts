import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { analyze } from '../../src/engine/analyze';
import { compileEntities } from '../../src/engine/entities/compile';
import { quoteList } from '../../src/engine/quotes/columns';
import type { AttributionMethod, Entity, EntityList } from '../../src/engine/types';

function person(id: string, name: string, extra: Partial<Entity> = {}): Entity {
  return { id, name, type: 'person', role: 'official', titles: [], aliases: [], descriptors: [], misspellings: [], facts: [], quotes: [], pronoun: 'he', ...extra };
}

const list: EntityList = {
  sources: [],
  entities: [
    person('rustem-umerov', 'Rustem Umerov'),
    person('marco-rubio', 'Marco Rubio'),
    person('steve-witkoff', 'Steve Witkoff', { descriptors: ['the White House envoy'] }),
  ],
};
const index = compileEntities(list);

interface Expected {
  /** The quote's text, marks included. */
  quote: string;
  method: AttributionMethod;
  source?: string | null;
  cue?: string | null;
  speaker?: string | null;
  entity?: string | null;
  scare?: boolean;
}

function check(text: string, expected: Expected[]): void {
  const a = { quotes: quoteList(analyze(text, 'plaintext', index).quotes) };
  const slice = (r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : null);
  const got = a.quotes.map((q) => ({ quote: slice(q.range), q }));
  assert.deepEqual(got.map((g) => g.quote), expected.map((e) => e.quote), 'quotes found');
  expected.forEach((e, i) => {
    const q = got[i].q;
    const label = `${e.quote}: `;
    assert.equal(q.method, e.method, `${label}method`);
    if (e.source !== undefined) assert.equal(slice(q.source), e.source, `${label}source`);
    if (e.cue !== undefined) assert.equal(slice(q.cue), e.cue, `${label}cue`);
    if (e.speaker !== undefined) assert.equal(q.speaker ? q.speaker.name : null, e.speaker, `${label}speaker`);
    if (e.entity !== undefined) assert.equal(q.speaker ? q.speaker.entity : null, e.entity, `${label}entity`);
    if (e.scare !== undefined) assert.equal(q.scare, e.scare, `${label}scare`);
  });
}

const intro = 'Rustem Umerov arrived in Miami on Friday.\n\n';

describe('attributeQuotes', () => {
  describe('named sources, either order', () => {
    const cases: { name: string; text: string; expected: Expected[] }[] = [
      {
        name: 'quote first, surname and verb',
        text: `${intro}"We are ready," Umerov said.`,
        expected: [{ quote: '"We are ready,"', method: 'named', source: 'Umerov', cue: 'said', speaker: 'Rustem Umerov', entity: 'rustem-umerov' }],
      },
      {
        name: 'quote first, verb inverted, appositive after the name',
        text: `"We are constructively minded," said Rustem Umerov, head of Kyiv's delegation.`,
        expected: [{ quote: '"We are constructively minded,"', method: 'named', source: 'Rustem Umerov', cue: 'said', entity: 'rustem-umerov' }],
      },
      {
        name: 'source first with a colon',
        text: `${intro}Umerov said: "We are ready to talk."`,
        expected: [{ quote: '"We are ready to talk."', method: 'named', source: 'Umerov', cue: 'said', entity: 'rustem-umerov' }],
      },
      {
        name: 'source first without a colon',
        text: `${intro}Umerov said "we are ready to talk to everyone."`,
        expected: [{ quote: '"we are ready to talk to everyone."', method: 'named', source: 'Umerov', cue: 'said' }],
      },
      {
        name: 'appositive between source and verb',
        text: `${intro}"We are ready," Umerov, who is in the United States for the talks, said.`,
        expected: [{ quote: '"We are ready,"', method: 'named', source: 'Umerov', cue: 'said', entity: 'rustem-umerov' }],
      },
      {
        name: 'a cue that takes its medium along',
        text: `"Talks went well," Marco Rubio wrote on X.`,
        expected: [{ quote: '"Talks went well,"', method: 'named', source: 'Marco Rubio', cue: 'wrote on X' }],
      },
      {
        name: 'told reporters',
        text: `"We cannot force a deal," Marco Rubio told reporters.`,
        expected: [{ quote: '"We cannot force a deal,"', method: 'named', source: 'Marco Rubio', cue: 'told reporters' }],
      },
      {
        name: 'an unlisted person is named with no entity',
        text: `"The plan is dead," Smith said.`,
        expected: [{ quote: '"The plan is dead,"', method: 'named', source: 'Smith', cue: 'said', speaker: 'Smith', entity: null }],
      },
      {
        name: 'an unlisted person with a title and a party label',
        text: `"It is a waste of time," Sen. Claire McCaskill (D-Mo.) said.`,
        expected: [{ quote: '"It is a waste of time,"', method: 'named', cue: 'said', speaker: 'Claire McCaskill', entity: null }],
      },
      {
        name: 'an organization in a statement',
        text: `"We reject the plan," the State Department said in a statement.`,
        expected: [{ quote: '"We reject the plan,"', method: 'named', source: 'State Department', cue: 'said in a statement', speaker: 'State Department' }],
      },
      {
        name: 'according to an organization',
        text: `According to Statistics Canada, "prices rose sharply in May."`,
        expected: [{ quote: '"prices rose sharply in May."', method: 'named', source: 'Statistics Canada', cue: 'According to' }],
      },
      {
        name: 'a dash and a name after the quote',
        text: `“It is too late for that.” ― Maria Lopez`,
        expected: [{ quote: '“It is too late for that.”', method: 'named', source: 'Maria Lopez', cue: '―' }],
      },
    ];
    for (const c of cases) it(c.name, () => check(c.text, c.expected));
  });

  describe('partial quotes and scare quotes', () => {
    const cases: { name: string; text: string; expected: Expected[] }[] = [
      {
        name: 'a partial quote after a naming verb has a speaker',
        text: `Trump called the plan "a disaster" on Friday.`,
        expected: [{ quote: '"a disaster"', method: 'named', source: 'Trump', cue: 'called', scare: false }],
      },
      {
        name: 'a partial quote inside a reported statement',
        text: `Smith said the plan was "dead on arrival."`,
        expected: [{ quote: '"dead on arrival."', method: 'named', source: 'Smith', cue: 'said', scare: false }],
      },
      {
        name: 'a run of phrases in one attributed sentence share the speaker',
        text: `Trump tweeted that Machado was "disgusting" and "a con."`,
        expected: [
          { quote: '"disgusting"', method: 'named', source: 'Trump', cue: 'tweeted', scare: false },
          { quote: '"a con."', method: 'named', source: 'Trump', cue: 'tweeted', scare: false },
        ],
      },
      {
        name: 'a scare quote with no speaker',
        text: `The so-called "peace plan" was published on Friday.`,
        expected: [{ quote: '"peace plan"', method: 'none', source: null, speaker: null, scare: true }],
      },
      {
        name: 'a title of a work',
        text: `She read "War and Peace" twice last year.`,
        expected: [{ quote: '"War and Peace"', method: 'none', scare: true }],
      },
      {
        name: 'a programme title after a cue stays a title',
        text: `Pence said on CNN's "State of the Union" that the plan was sound.`,
        expected: [{ quote: '"State of the Union"', method: 'none', scare: true }],
      },
    ];
    for (const c of cases) it(c.name, () => check(c.text, c.expected));
  });

  describe('descriptors, pronouns and unnamed sources', () => {
    const cases: { name: string; text: string; expected: Expected[] }[] = [
      {
        name: 'a descriptor of a listed person',
        text: `Steve Witkoff flew to Berlin.\n\n"We made progress," the White House envoy said.`,
        expected: [{ quote: '"We made progress,"', method: 'descriptor', cue: 'said', speaker: 'Steve Witkoff', entity: 'steve-witkoff' }],
      },
      {
        name: 'a pronoun resolves to the last person named',
        text: `${intro}"We are ready," he said.`,
        expected: [{ quote: '"We are ready,"', method: 'pronoun', source: 'he', cue: 'said', speaker: 'Rustem Umerov', entity: 'rustem-umerov' }],
      },
      {
        name: 'a cue splitting a quote: the second part takes the same speaker',
        text: `"We are ready," Umerov said. "We have held consultations."`,
        expected: [
          { quote: '"We are ready,"', method: 'named', source: 'Umerov', cue: 'said' },
          { quote: '"We have held consultations."', method: 'named', source: 'Umerov', cue: 'said' },
        ],
      },
      {
        name: 'a White House official',
        text: `"Talks will resume," a White House official said.`,
        expected: [{ quote: '"Talks will resume,"', method: 'anonymous', source: 'a White House official', cue: 'said', speaker: null }],
      },
      {
        name: 'officials',
        text: `"Talks will resume," officials said.`,
        expected: [{ quote: '"Talks will resume,"', method: 'anonymous', source: 'officials', speaker: null }],
      },
      {
        name: 'a source familiar with the matter',
        text: `"Talks will resume," a source familiar with the matter said.`,
        expected: [{ quote: '"Talks will resume,"', method: 'anonymous', source: 'a source familiar with the matter', cue: 'said' }],
      },
      {
        name: 'a second source with an appositive',
        text: `"Talks will resume," a second source, who was not authorized to speak publicly, said.`,
        expected: [{ quote: '"Talks will resume,"', method: 'anonymous', source: 'a second source', cue: 'said' }],
      },
      {
        name: 'people familiar with the matter',
        text: `"Talks will resume," said people familiar with the matter.`,
        expected: [{ quote: '"Talks will resume,"', method: 'anonymous', source: 'people familiar with the matter', cue: 'said' }],
      },
    ];
    for (const c of cases) it(c.name, () => check(c.text, c.expected));
  });

  describe('across paragraphs', () => {
    it('continues the speaker into a paragraph that is only a quote', () => {
      check(`"In the end, it is up to them," Marco Rubio said.\n\n"That may not be possible. I hope it is."`, [
        { quote: '"In the end, it is up to them,"', method: 'named', source: 'Marco Rubio', entity: 'marco-rubio' },
        { quote: '"That may not be possible. I hope it is."', method: 'continuation', speaker: 'Marco Rubio', entity: 'marco-rubio', cue: null },
      ]);
    });

    it('takes a cue from the paragraph before when it ends with a colon', () => {
      check(`Marco Rubio added:\n\n"We cannot force Russia to make a deal."`, [
        { quote: '"We cannot force Russia to make a deal."', method: 'named', source: 'Marco Rubio', cue: 'added', entity: 'marco-rubio' },
      ]);
    });

    it('takes the sentence before in the paragraph when the quote stands alone', () => {
      check(`Smith spoke after the hearing. "This is a waste of time."`, [{ quote: '"This is a waste of time."', method: 'none' }]);
      check(`Chaffetz said after the hearing. "This is a waste of time."`, [
        { quote: '"This is a waste of time."', method: 'named', source: 'Chaffetz', cue: 'said' },
      ]);
    });

    it('leaves a quote with no attribution anywhere unattributed', () => {
      check(`The talks ended.\n\n"We will be back next week."`, [{ quote: '"We will be back next week."', method: 'none', speaker: null, source: null }]);
    });
  });
});
