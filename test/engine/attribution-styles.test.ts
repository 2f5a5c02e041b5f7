// Attribution across house styles: wire, British and Canadian papers, magazines, local news, sport,
// courts and business copy. Every draft below is invented; expectations are read off the text.
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { analyze } from '../../src/engine/analyze';
import { compileEntities } from '../../src/engine/entities/compile';
import { quoteList } from '../../src/engine/quotes/columns';
import type { AttributionMethod, Entity, EntityList } from '../../src/engine/types';

function person(id: string, name: string, pronoun: 'he' | 'she'): Entity {
  return { id, name, type: 'person', role: 'official', titles: [], aliases: [], descriptors: [], misspellings: [], facts: [], quotes: [], pronoun };
}

const list: EntityList = {
  sources: [],
  entities: [person('helen-marsh', 'Helen Marsh', 'she'), person('owen-tate', 'Owen Tate', 'he')],
};
const index = compileEntities(list);

interface Expected {
  /** The quote's content, between its marks. */
  content: string;
  method: AttributionMethod;
  source?: string | null;
  cue?: string | null;
  speaker?: string | null;
  scare?: boolean;
}

interface Case {
  name: string;
  text: string;
  expected: Expected[];
}

function check(text: string, expected: Expected[]): void {
  const a = { quotes: quoteList(analyze(text, 'plaintext', index).quotes) };
  const slice = (r: { start: number; end: number } | null) => (r ? text.slice(r.start, r.end) : null);
  assert.deepEqual(a.quotes.map((q) => slice(q.content)), expected.map((e) => e.content), 'quotes found');
  expected.forEach((e, i) => {
    const q = a.quotes[i];
    const label = `"${e.content}": `;
    assert.equal(q.method, e.method, `${label}method`);
    if (e.source !== undefined) assert.equal(slice(q.source), e.source, `${label}source`);
    if (e.cue !== undefined) assert.equal(slice(q.cue), e.cue, `${label}cue`);
    if (e.speaker !== undefined) assert.equal(q.speaker ? q.speaker.name : null, e.speaker, `${label}speaker`);
    if (e.scare !== undefined) assert.equal(q.scare, e.scare, `${label}scare`);
  });
}

function table(title: string, cases: Case[]): void {
  describe(title, () => {
    for (const c of cases) it(c.name, () => check(c.text, c.expected));
  });
}

describe('attribution across house styles', () => {
  table('present tense and inverted order (magazines, features)', [
    {
      name: 'says, inverted, with a long relative clause after the name',
      text: '"We are not going anywhere," says Maria Delgado, who runs the bakery with her two sisters.',
      expected: [{ content: 'We are not going anywhere,', method: 'named', source: 'Maria Delgado', cue: 'says', speaker: 'Maria Delgado' }],
    },
    {
      name: 'surname then says',
      text: 'Maria Delgado opened the shop in 1998.\n\n"The numbers speak for themselves," Delgado says.',
      expected: [{ content: 'The numbers speak for themselves,', method: 'named', source: 'Delgado', cue: 'says' }],
    },
    {
      name: 'a descriptor after an inverted verb',
      text: '"We played our hearts out," said the coach.',
      expected: [{ content: 'We played our hearts out,', method: 'descriptor', source: 'the coach', cue: 'said', speaker: null }],
    },
  ]);

  table('honorifics, with and without a full stop', [
    {
      name: 'said Mr. Hartley (American style)',
      text: '"It was a difficult season," said Mr. Hartley.',
      expected: [{ content: 'It was a difficult season,', method: 'named', source: 'Mr. Hartley', cue: 'said', speaker: 'Hartley' }],
    },
    {
      name: 'Mr Hartley said (British style, no full stop)',
      text: '"We will appeal," Mr Hartley said.',
      expected: [{ content: 'We will appeal,', method: 'named', source: 'Mr Hartley', cue: 'said', speaker: 'Hartley' }],
    },
    {
      name: 'Ms before a surname, then a second sentence of the same quote run',
      text: '"It\'s a good point," Ms Patel replied. "But the numbers do not add up."',
      expected: [
        { content: "It's a good point,", method: 'named', source: 'Ms Patel', cue: 'replied', speaker: 'Patel' },
        { content: 'But the numbers do not add up.', method: 'named', source: 'Ms Patel', speaker: 'Patel' },
      ],
    },
    {
      name: 'Dr with a long appositive and a colon',
      text: 'Dr Aisha Rahman, a cardiologist at St Thomas\' Hospital, said: "The results are striking."',
      expected: [{ content: 'The results are striking.', method: 'named', source: 'Dr Aisha Rahman', cue: 'said', speaker: 'Aisha Rahman' }],
    },
  ]);

  table('speaker descriptions', [
    {
      name: 'a long appositive and a relative clause after an inverted verb',
      text: '"We have no further comment," said Jane Doe, a spokeswoman for the city\'s transit agency, who declined to comment further.',
      expected: [{ content: 'We have no further comment,', method: 'named', source: 'Jane Doe', cue: 'said', speaker: 'Jane Doe' }],
    },
    {
      name: 'an age between commas',
      text: '"I never thought I would see this day," Harold Beck, 54, said.',
      expected: [{ content: 'I never thought I would see this day,', method: 'named', source: 'Harold Beck', cue: 'said', speaker: 'Harold Beck' }],
    },
    {
      name: 'age and occupation after an inverted verb',
      text: '"Everybody was screaming," said Ana Ruiz, 31, a nurse who lives nearby.',
      expected: [{ content: 'Everybody was screaming,', method: 'named', source: 'Ana Ruiz', cue: 'said', speaker: 'Ana Ruiz' }],
    },
    {
      name: 'a role before the name in apposition: the name is the source',
      text: 'The judge, Maria Lopez, wrote that the law was "plainly unconstitutional" and "cannot stand."',
      expected: [
        { content: 'plainly unconstitutional', method: 'named', source: 'Maria Lopez', cue: 'wrote', speaker: 'Maria Lopez' },
        { content: 'cannot stand.', method: 'named', source: 'Maria Lopez', speaker: 'Maria Lopez' },
      ],
    },
    {
      name: "a company's officer named in apposition, quote first",
      text: '"Orders have doubled," the company\'s chief executive, Kate Lin, said.',
      expected: [{ content: 'Orders have doubled,', method: 'named', source: 'Kate Lin', cue: 'said', speaker: 'Kate Lin' }],
    },
    {
      name: 'an unnamed role named after a comma, inverted (wire style)',
      text: '"I\'m not going to speculate," said the spokesman, Tom Reyes. "We will wait for the report."',
      expected: [
        { content: "I'm not going to speculate,", method: 'named', source: 'Tom Reyes', cue: 'said', speaker: 'Tom Reyes' },
        { content: 'We will wait for the report.', method: 'named', speaker: 'Tom Reyes' },
      ],
    },
    {
      name: 'a capitalised ministerial title before the name is no part of the name',
      text: '"There will be consequences," warned Interior Minister Jan Novak.',
      expected: [{ content: 'There will be consequences,', method: 'named', source: 'Interior Minister Jan Novak', cue: 'warned', speaker: 'Jan Novak' }],
    },
    {
      name: 'an institution in the title of a person',
      text: '"Rates will stay high for longer," Bank of England Governor Andrew Bailey said.',
      expected: [{ content: 'Rates will stay high for longer,', method: 'named', source: 'Andrew Bailey', cue: 'said', speaker: 'Andrew Bailey' }],
    },
    {
      name: 'a party title with a lower-case role',
      text: '"We will win this seat," Labour Party leader Keir Starmer said.',
      expected: [{ content: 'We will win this seat,', method: 'named', speaker: 'Keir Starmer' }],
    },
    {
      name: 'a first name that is also a month',
      text: '"It\'s a disgrace," said April Ryan.',
      expected: [{ content: "It's a disgrace,", method: 'named', source: 'April Ryan', speaker: 'April Ryan' }],
    },
    {
      name: 'a title and name after an inverted verb',
      text: '"We have to be patient," said Liverpool manager Arne Slot.',
      expected: [{ content: 'We have to be patient,', method: 'named', source: 'Arne Slot', cue: 'said', speaker: 'Arne Slot' }],
    },
    {
      name: 'a descriptor with a relative clause between it and the verb',
      text: '"It\'s over," the striker, who scored twice, said afterwards.',
      expected: [{ content: "It's over,", method: 'descriptor', source: 'the striker', cue: 'said' }],
    },
  ]);

  table('organizations and unnamed sources', [
    {
      name: 'a spokeswoman for a ministry is an unnamed source',
      text: '"The minister has been clear," a spokeswoman for the ministry said.',
      expected: [{ content: 'The minister has been clear,', method: 'anonymous', source: 'a spokeswoman for the ministry', cue: 'said', speaker: null }],
    },
    {
      name: 'a spokesperson for a named company is still unnamed',
      text: '"We do not comment on ongoing litigation," a spokesperson for Apple said.',
      expected: [{ content: 'We do not comment on ongoing litigation,', method: 'anonymous', cue: 'said', speaker: null }],
    },
    {
      name: 'the company, in a statement',
      text: '"We regret the delay," the company said in a statement.',
      expected: [{ content: 'We regret the delay,', method: 'descriptor', source: 'the company', cue: 'said in a statement', speaker: null }],
    },
    {
      name: 'a named department is a named source',
      text: '"We are reviewing the ruling," the Justice Department said in a statement on Tuesday.',
      expected: [{ content: 'We are reviewing the ruling,', method: 'named', source: 'Justice Department', cue: 'said in a statement', speaker: 'Justice Department' }],
    },
    {
      name: 'an institution whose name runs over "of"',
      text: '"We have no comment," the Department of Justice said.',
      expected: [{ content: 'We have no comment,', method: 'named', source: 'Department of Justice', speaker: 'Department of Justice' }],
    },
    {
      name: 'according to a statement from an institution: the institution is the source',
      text: '"The bridge will reopen in March," according to a statement from the transport ministry.',
      expected: [{ content: 'The bridge will reopen in March,', method: 'descriptor', source: 'the transport ministry', cue: 'according to' }],
    },
    {
      name: 'according to a report by an officer, before the quote',
      text: 'According to a report by the auditor general, "the program lacked basic controls."',
      expected: [{ content: 'the program lacked basic controls.', method: 'descriptor', source: 'the auditor general', cue: 'According to' }],
    },
    {
      name: 'the head of an "of" phrase speaks, not the institution after it',
      text: '"We need answers," the head of the agency said.',
      expected: [{ content: 'We need answers,', method: 'descriptor', source: 'the head of the agency', cue: 'said', speaker: null }],
    },
    {
      name: 'the director of a hospital told reporters',
      text: '"It is safe," the director of the hospital told reporters.',
      expected: [{ content: 'It is safe,', method: 'descriptor', source: 'the director of the hospital', cue: 'told reporters' }],
    },
    {
      name: 'police said',
      text: '"Two people were taken to hospital," police said.',
      expected: [{ content: 'Two people were taken to hospital,', method: 'descriptor', source: 'police', cue: 'said' }],
    },
    {
      name: 'prosecutors wrote in a court filing',
      text: '"The defendant knowingly misled investors," prosecutors wrote in a court filing.',
      expected: [{ content: 'The defendant knowingly misled investors,', method: 'descriptor', source: 'prosecutors', cue: 'wrote in a court filing' }],
    },
    {
      name: 'the team said in a statement',
      text: '"We wish him well," the team said in a statement.',
      expected: [{ content: 'We wish him well,', method: 'descriptor', source: 'the team', cue: 'said in a statement' }],
    },
    {
      name: '"which" right before the verb stands for the organization named before it',
      text: 'The figures came from the Ohio Department of Health, which reported "a steady rise" in cases.',
      expected: [{ content: 'a steady rise', method: 'pronoun', source: 'which', cue: 'reported', speaker: 'Ohio Department of Health' }],
    },
    {
      name: '"which" with a speaker of its own after it is not the organization speaking',
      text: 'Helen Marsh voted for the Affordable Care Act, which she said was "working for families."',
      expected: [{ content: 'working for families.', method: 'pronoun', source: 'she', cue: 'said', speaker: 'Helen Marsh' }],
    },
    {
      name: '"which" never stands for a person',
      text: 'The award went to Helen Marsh, which said "a great deal" about the jury.',
      expected: [{ content: 'a great deal', method: 'none', speaker: null, scare: true }],
    },
  ]);

  table('cues that carry their medium', [
    {
      name: 'said in an email',
      text: '"The contract is void," Jenkins said in an email.',
      expected: [{ content: 'The contract is void,', method: 'named', source: 'Jenkins', cue: 'said in an email', speaker: 'Jenkins' }],
    },
    {
      name: 'told a wire service',
      text: '"We are not afraid," Pavel Sorin told The Associated Press on Tuesday.',
      expected: [{ content: 'We are not afraid,', method: 'named', source: 'Pavel Sorin', cue: 'told The Associated Press', speaker: 'Pavel Sorin' }],
    },
    {
      name: 'told a broadcaster in an interview',
      text: 'Helen Marsh arrived on Monday. "We need more time," she told Reuters in an interview.',
      expected: [{ content: 'We need more time,', method: 'pronoun', source: 'she', cue: 'told Reuters in an interview', speaker: 'Helen Marsh' }],
    },
    {
      name: 'told a programme named by its outlet (sport)',
      text: '"I think we can win the league," Hale told BBC Sport. "Why not?"',
      expected: [
        { content: 'I think we can win the league,', method: 'named', source: 'Hale', cue: 'told BBC Sport' },
        { content: 'Why not?', method: 'named', source: 'Hale' },
      ],
    },
    {
      name: 'told the court, after a descriptor with an age',
      text: '"I didn\'t do it," the defendant, 29, told the court.',
      expected: [{ content: "I didn't do it,", method: 'descriptor', source: 'the defendant', cue: 'told the court' }],
    },
    {
      name: 'wrote in a post on a platform',
      text: '"Happy to be home," Lena Fischer wrote in a post on X.',
      expected: [{ content: 'Happy to be home,', method: 'named', source: 'Lena Fischer', cue: 'wrote in a post on X', speaker: 'Lena Fischer' }],
    },
    {
      name: 'a platform before a colon',
      text: 'Marsh responded on Instagram: "Grateful for every one of you."',
      expected: [{ content: 'Grateful for every one of you.', method: 'named', source: 'Marsh', cue: 'responded on Instagram' }],
    },
    {
      name: 'told analysts, with a question inside the quote',
      text: '"Are we worried? Of course we are," the chief executive, Priya Nair, told analysts on a call.',
      expected: [{ content: 'Are we worried? Of course we are,', method: 'named', source: 'Priya Nair', cue: 'told analysts', speaker: 'Priya Nair' }],
    },
    {
      name: 'told reporters after a title and name',
      text: 'The Bank of Canada held its key rate. "Inflation remains too high," Governor Tiff Macklem told reporters in Ottawa.',
      expected: [{ content: 'Inflation remains too high,', method: 'named', source: 'Tiff Macklem', cue: 'told reporters', speaker: 'Tiff Macklem' }],
    },
    {
      name: 'at a news conference',
      text: '"Nobody is above the law," Attorney General Merrick Garland said at a news conference.',
      expected: [{ content: 'Nobody is above the law,', method: 'named', source: 'Merrick Garland', cue: 'said', speaker: 'Merrick Garland' }],
    },
  ]);

  table('verbs of saying beyond "said"', [
    {
      name: 'a phrasal verb: shot back',
      text: '"That\'s not true," Tate shot back.',
      expected: [{ content: "That's not true,", method: 'named', source: 'Tate', cue: 'shot back', speaker: 'Owen Tate' }],
    },
    {
      name: 'a phrasal verb after a pronoun: went on',
      text: 'Helen Marsh paused. "It was never about money," she went on.',
      expected: [{ content: 'It was never about money,', method: 'pronoun', source: 'she', cue: 'went on', speaker: 'Helen Marsh' }],
    },
    {
      name: 'a text message',
      text: '"We need to talk," Tate texted her that night.',
      expected: [{ content: 'We need to talk,', method: 'named', source: 'Tate', cue: 'texted' }],
    },
    {
      name: "a feature writer's verb",
      text: '"I was terrified," Marsh laughed.',
      expected: [{ content: 'I was terrified,', method: 'named', source: 'Marsh', cue: 'laughed' }],
    },
    {
      name: 'told a newspaper whose name holds "and"',
      text: '"We\'re going to be fine," Marsh told The Globe and Mail.',
      expected: [{ content: "We're going to be fine,", method: 'named', source: 'Marsh', cue: 'told The Globe and Mail' }],
    },
    {
      name: 'a quote split by its attribution',
      text: '"We tried," Owen Tate said, "but it wasn\'t enough."',
      expected: [
        { content: 'We tried,', method: 'named', source: 'Owen Tate', cue: 'said', speaker: 'Owen Tate' },
        { content: "but it wasn't enough.", method: 'named', source: 'Owen Tate', speaker: 'Owen Tate' },
      ],
    },
    {
      name: 'said of, in sport',
      text: '"He\'s the best finisher I\'ve worked with," Tate said of his striker.',
      expected: [{ content: "He's the best finisher I've worked with,", method: 'named', source: 'Tate', cue: 'said' }],
    },
    {
      name: 'asked whether, then a colon',
      text: 'Asked whether he would resign, Tate said: "Absolutely not."',
      expected: [{ content: 'Absolutely not.', method: 'named', source: 'Tate', cue: 'said' }],
    },
    {
      name: 'an aside after the quote: as a memo put it',
      text: 'The rule requires a "lawful source of income," as a Home Office memo put it.',
      expected: [{ content: 'lawful source of income,', method: 'descriptor', source: 'a Home Office memo', cue: 'put it' }],
    },
    {
      name: 'an aside with a time after its verb',
      text: '"The door is open," as Owen Tate noted on Friday.',
      expected: [{ content: 'The door is open,', method: 'named', source: 'Owen Tate', cue: 'noted', speaker: 'Owen Tate' }],
    },
    {
      name: 'a clause after "as" that reports something else is no aside',
      text: '"We will keep playing," as the coach said the club would fold.',
      expected: [{ content: 'We will keep playing,', method: 'none', source: null }],
    },
    {
      name: 'an unnamed source on condition of anonymity',
      text: '"The talks are at a delicate stage," said a person familiar with the matter, who spoke on condition of anonymity.',
      expected: [{ content: 'The talks are at a delicate stage,', method: 'anonymous', source: 'a person familiar with the matter', cue: 'said', speaker: null }],
    },
    {
      name: 'a wire dateline and a role named after a comma',
      text: 'BRUSSELS, March 3 (Reuters) - European Union ministers agreed on Monday to extend sanctions. "Unity is our strength," said the bloc\'s foreign policy chief, Kaja Kallas.',
      expected: [{ content: 'Unity is our strength,', method: 'named', source: 'Kaja Kallas', cue: 'said', speaker: 'Kaja Kallas' }],
    },
    {
      name: "a lawyer's partial quote with the lawyer named in apposition",
      text: "Tate's lawyer, Sandra Wells, said her client \"categorically denies\" the allegations.",
      expected: [{ content: 'categorically denies', method: 'named', source: 'Sandra Wells', cue: 'said', speaker: 'Sandra Wells' }],
    },
  ]);

  table('a cue set off right before the quote', [
    {
      name: 'the cue next to the quote wins over the sentence\'s first source',
      text: 'Helen Marsh said the plan covered mothers, and when pressed on fathers, the 34-year-old lawyer replied, "It is meant for those who give birth."',
      expected: [{ content: 'It is meant for those who give birth.', method: 'descriptor', source: 'the 34-year-old lawyer', cue: 'replied' }],
    },
    {
      name: 'a nested report without a comma keeps the outermost source',
      text: 'Helen Marsh said Tate was "wrong" about the budget.',
      expected: [{ content: 'wrong', method: 'named', source: 'Helen Marsh', cue: 'said', speaker: 'Helen Marsh' }],
    },
    {
      name: 'an interview answer after a question paragraph',
      text: 'Q: Why did you leave the company?\n\nA: "I wanted to build something of my own," Marsh said.',
      expected: [{ content: 'I wanted to build something of my own,', method: 'named', source: 'Marsh', cue: 'said', speaker: 'Helen Marsh' }],
    },
  ]);

  table('wire reports of what others said', [
    {
      name: 'a newspaper quoted someone as saying, quote first',
      text: '"The deal is dead," the newspaper quoted Marsh as saying.',
      expected: [{ content: 'The deal is dead,', method: 'named', source: 'Marsh', cue: 'quoted' }],
    },
    {
      name: 'quoted as saying before a partial quote',
      text: 'The newspaper quoted Marsh as saying "the deal is dead."',
      expected: [{ content: 'the deal is dead.', method: 'named', source: 'Marsh' }],
    },
    {
      name: 'an outlet quoted an unnamed official',
      text: '"The deal is dead," Le Monde quoted the minister as saying on Sunday.',
      expected: [{ content: 'The deal is dead,', method: 'descriptor', source: 'the minister' }],
    },
    {
      name: 'according to an outlet after the speaker keeps the speaker',
      text: '"We will not negotiate," Marsh said, according to Reuters.',
      expected: [{ content: 'We will not negotiate,', method: 'named', source: 'Marsh', cue: 'said' }],
    },
    {
      name: 'an unnamed MP (British)',
      text: '"It\'s a scandal," fumed one Conservative MP.',
      expected: [{ content: "It's a scandal,", method: 'anonymous', source: 'one Conservative MP', cue: 'fumed', speaker: null }],
    },
    {
      name: 'an age as the source',
      text: '"This is bigger than me," the 27-year-old said.',
      expected: [{ content: 'This is bigger than me,', method: 'descriptor', source: 'the 27-year-old', cue: 'said' }],
    },
    {
      name: 'the statement added',
      text: 'The club issued a statement on Friday. The statement added: "We will appeal."',
      expected: [{ content: 'We will appeal.', method: 'descriptor', source: 'The statement', cue: 'added' }],
    },
  ]);

  table('pronouns', [
    {
      name: 'she told the BBC, after a listed person',
      text: 'Helen Marsh arrived on Monday. "We need more time," she told the BBC.',
      expected: [{ content: 'We need more time,', method: 'pronoun', source: 'she', speaker: 'Helen Marsh' }],
    },
    {
      name: 'a question, she asked',
      text: 'Helen Marsh turned to the board. "Where is the money?" she asked.',
      expected: [{ content: 'Where is the money?', method: 'pronoun', source: 'she', cue: 'asked', speaker: 'Helen Marsh' }],
    },
    {
      name: 'she added mid-paragraph, then a bare quote',
      text: 'Helen Marsh scored twice. "It was a great pass," she added. "I just had to finish it."',
      expected: [
        { content: 'It was a great pass,', method: 'pronoun', source: 'she', cue: 'added', speaker: 'Helen Marsh' },
        { content: 'I just had to finish it.', method: 'pronoun', source: 'she', speaker: 'Helen Marsh' },
      ],
    },
    {
      name: 'he, past an intervening unnamed mention of a woman',
      text: 'Owen Tate spoke to a neighbour, who said she had heard nothing. "We are keeping an open mind," he said.',
      expected: [{ content: 'We are keeping an open mind,', method: 'pronoun', source: 'he', speaker: 'Owen Tate' }],
    },
  ]);

  table('across sentences and paragraphs', [
    {
      name: 'a quote opening a paragraph, attributed only in the next sentence',
      text: 'Mayor Ellen Park defended the budget.\n\n"The schools will stay open." Park said the decision was final.',
      expected: [{ content: 'The schools will stay open.', method: 'named', source: 'Park', cue: 'said', speaker: 'Ellen Park' }],
    },
    {
      name: 'the next sentence names a descriptor and reports with "that"',
      text: '"The schools will stay open." The mayor said that the decision was final.',
      expected: [{ content: 'The schools will stay open.', method: 'descriptor', source: 'The mayor', cue: 'said' }],
    },
    {
      name: 'a next sentence that is no attribution leaves the quote without a speaker',
      text: '"The schools will stay open." The decision was final, and parents were relieved.',
      expected: [{ content: 'The schools will stay open.', method: 'none', source: null }],
    },
    {
      name: 'sports dialogue: pronouns follow the gender of the listed players',
      text: 'Helen Marsh and Owen Tate met at the final.\n\n\u201cI knew she would come back strong,\u201d Tate said.\n\n\u201cHe pushed me all the way,\u201d she said.\n\n\u201cIt was a privilege,\u201d he added.',
      expected: [
        { content: 'I knew she would come back strong,', method: 'named', source: 'Tate', speaker: 'Owen Tate' },
        { content: 'He pushed me all the way,', method: 'pronoun', source: 'she', speaker: 'Helen Marsh' },
        { content: 'It was a privilege,', method: 'pronoun', source: 'he', cue: 'added', speaker: 'Owen Tate' },
      ],
    },
    {
      name: 'continuation wins over a later sentence naming someone else',
      text: '"We will fight this," Helen Marsh said.\n\n"It is not over." Tate said he disagreed.',
      expected: [
        { content: 'We will fight this,', method: 'named', speaker: 'Helen Marsh' },
        { content: 'It is not over.', method: 'continuation', speaker: 'Helen Marsh' },
      ],
    },
    {
      name: 'continuation paragraph keeps the speaker',
      text: '"I never thought I\'d win," said Amy Chen. "But here I am."\n\n"It means everything to my family."',
      expected: [
        { content: "I never thought I'd win,", method: 'named', source: 'Amy Chen', speaker: 'Amy Chen' },
        { content: 'But here I am.', method: 'named', speaker: 'Amy Chen' },
        { content: 'It means everything to my family.', method: 'continuation', cue: null, speaker: 'Amy Chen' },
      ],
    },
    {
      name: 'sports quotes, then a continuation paragraph',
      text: 'Coach Dan Mercer was blunt after the loss.\n\n"We were second to every ball," Mercer said. "That is on me."\n\n"I have to find answers by Saturday."',
      expected: [
        { content: 'We were second to every ball,', method: 'named', source: 'Mercer', cue: 'said' },
        { content: 'That is on me.', method: 'named', source: 'Mercer' },
        { content: 'I have to find answers by Saturday.', method: 'continuation', source: 'Mercer' },
      ],
    },
    {
      name: 'a colon introduction over two quote paragraphs',
      text: 'Councillor Ruth Adair put it bluntly:\n\n"There is no money left.\n\n"We have spent it all."',
      expected: [{ content: 'There is no money left.\n\n"We have spent it all.', method: 'named', source: 'Ruth Adair', speaker: 'Ruth Adair' }],
    },
    {
      name: 'a question and its answer in a courtroom exchange',
      text: '"Did you know about the payments?" the prosecutor asked.\n\n"No," Halloran said.',
      expected: [
        { content: 'Did you know about the payments?', method: 'descriptor', source: 'the prosecutor', cue: 'asked' },
        { content: 'No,', method: 'named', source: 'Halloran', cue: 'said', speaker: 'Halloran' },
      ],
    },
    {
      name: 'nested single quotes stay inside the quote',
      text: '"He told me, \'Don\'t worry about it,\' and walked away," said Tom Price.',
      expected: [{ content: "He told me, 'Don't worry about it,' and walked away,", method: 'named', source: 'Tom Price', speaker: 'Tom Price' }],
    },
  ]);

  table('two speakers in one paragraph', [
    {
      name: 'each sentence names its own speaker before its quote',
      text: 'Owen Tate said "We will win the vote." Helen Marsh said "We will not give up."',
      expected: [
        { content: 'We will win the vote.', method: 'named', source: 'Owen Tate', speaker: 'Owen Tate' },
        { content: 'We will not give up.', method: 'named', source: 'Helen Marsh', speaker: 'Helen Marsh' },
      ],
    },
    {
      name: 'a quote with nothing before it takes the next sentence\'s speaker',
      text: '"We will win the vote." Helen Marsh said "We will not give up."',
      expected: [
        { content: 'We will win the vote.', method: 'named', source: 'Helen Marsh', speaker: 'Helen Marsh' },
        { content: 'We will not give up.', method: 'named', source: 'Helen Marsh', speaker: 'Helen Marsh' },
      ],
    },
  ]);

  table('nicknames in quotes inside a speaker\'s name', [
    {
      name: 'inverted verb, nickname between first name and surname',
      text: '"We gave everything," said Jimmy "The Hammer" Doyle.',
      expected: [
        { content: 'We gave everything,', method: 'named', source: 'Jimmy "The Hammer" Doyle', cue: 'said', speaker: 'Jimmy Doyle' },
        { content: 'The Hammer', method: 'none', scare: true },
      ],
    },
    {
      name: 'a role, then a name with a nickname in apposition, then the verb',
      text: '"This is our year!" the mayor\'s aide, Patricia "Patty" Lowe, shouted to the crowd.',
      expected: [
        { content: 'This is our year!', method: 'named', source: 'Patricia "Patty" Lowe', cue: 'shouted', speaker: 'Patricia Lowe' },
        { content: 'Patty', method: 'none', scare: true },
      ],
    },
    {
      name: 'a title after a capitalised preposition is no nickname',
      text: 'In "Oppenheimer" Nolan shows the cost of invention.',
      expected: [{ content: 'Oppenheimer', method: 'none', scare: true }],
    },
  ]);

  table('business, courts and science copy', [
    {
      name: 'a long corporate title before the name, then a pronoun in a later paragraph',
      text: '"We were too optimistic about the second half," Chief Financial Officer Raj Mehta told analysts on a conference call.\n\nMehta said the company would cut 400 jobs. He added: "These are painful decisions."',
      expected: [
        { content: 'We were too optimistic about the second half,', method: 'named', cue: 'told analysts', speaker: 'Raj Mehta' },
        { content: 'These are painful decisions.', method: 'pronoun', source: 'He', cue: 'added', speaker: 'Raj Mehta' },
      ],
    },
    {
      name: 'an analyst at a firm, inverted',
      text: 'Analysts were unconvinced. "The guidance cut raises more questions than it answers," said Laura Fine, an analyst at Brightwater Securities.',
      expected: [{ content: 'The guidance cut raises more questions than it answers,', method: 'named', source: 'Laura Fine', speaker: 'Laura Fine' }],
    },
    {
      name: 'a defence attorney named, then she said, then surname added',
      text: 'Defense attorney Rita Gomez said her client would appeal. "We believe the judge made several errors," she said.\n\n"The evidence simply wasn\'t there," Gomez added.',
      expected: [
        { content: 'We believe the judge made several errors,', method: 'pronoun', source: 'she', speaker: 'Rita Gomez' },
        { content: "The evidence simply wasn't there,", method: 'named', source: 'Gomez', cue: 'added', speaker: 'Rita Gomez' },
      ],
    },
    {
      name: 'a lead author with Dr. and an institution after the name',
      text: '"What surprised us was the size of the effect," said lead author Dr. Nina Costa of the University of Lisbon.',
      expected: [{ content: 'What surprised us was the size of the effect,', method: 'named', source: 'Nina Costa', cue: 'said', speaker: 'Nina Costa' }],
    },
    {
      name: 'a quote split around cautioned',
      text: 'Nina Costa led the study. "It\'s not a cure," Costa cautioned, "but it\'s a start."',
      expected: [
        { content: "It's not a cure,", method: 'named', source: 'Costa', cue: 'cautioned' },
        { content: "but it's a start.", method: 'named', source: 'Costa' },
      ],
    },
  ]);

  table('headlines', [
    {
      name: 'a headline whose descriptor speaks through a colon',
      text: 'Union boss: "We will not back down"\n\nUnion leader Tom Reyes said the strike would go on.',
      expected: [{ content: 'We will not back down', method: 'descriptor', source: 'Union boss', cue: ':' }],
    },
    {
      name: 'a headline named speaker and colon',
      text: 'Marsh: "We will rebuild"\n\nHelen Marsh spoke after the floods.',
      expected: [{ content: 'We will rebuild', method: 'named', source: 'Marsh', cue: ':' }],
    },
    {
      name: 'a scare quote in a headline',
      text: 'Why "net zero" is harder than it sounds\n\nThe target is ambitious.',
      expected: [{ content: 'net zero', method: 'none', scare: true }],
    },
  ]);

  table('a phrase of place or time after who spoke', [
    {
      name: 'a listed name at an event',
      text: 'Owen Tate was in town on Monday. Tate at the rally said "We will win this fight."',
      expected: [{ content: 'We will win this fight.', method: 'named', source: 'Tate', speaker: 'Owen Tate' }],
    },
    {
      name: 'a title and a name at a place',
      text: 'Senator Ted Cruz at the convention said "We will not back down."',
      expected: [{ content: 'We will not back down.', method: 'named', source: 'Ted Cruz', speaker: 'Ted Cruz' }],
    },
    {
      name: 'a common noun that opens the sentence, then where they were',
      text: 'Workers at the factory told reporters "We have not been paid for months."',
      expected: [{ content: 'We have not been paid for months.', method: 'descriptor', source: 'Workers at the factory', speaker: null }],
    },
    {
      name: 'a participle phrase of place after the subject',
      text: 'Protesters marching through the streets chanted "What curfew?" and kept going.',
      expected: [{ content: 'What curfew?', method: 'descriptor', source: 'Protesters marching through the streets', speaker: null }],
    },
    {
      name: 'supporters of someone, somewhere',
      text: 'Supporters of the mayor outside the hall chanted "Four more years!"',
      expected: [{ content: 'Four more years!', method: 'descriptor', source: 'Supporters of the mayor outside the hall', speaker: null }],
    },
    {
      name: 'lawyers for a family, with no determiner',
      text: '"They have seen the video," attorneys for the family said.',
      expected: [{ content: 'They have seen the video,', method: 'descriptor', source: 'attorneys for the family', speaker: null }],
    },
    {
      name: 'a named person at an organization',
      text: 'Dan Reyes at the National Review said "Tate won the night."',
      expected: [{ content: 'Tate won the night.', method: 'named', source: 'Dan Reyes', speaker: 'Dan Reyes' }],
    },
    {
      name: 'an organization whose name holds a preposition',
      text: 'The nonpartisan Council on Foreign Relations said "The talks are stalled."',
      expected: [{ content: 'The talks are stalled.', method: 'named', source: 'Council on Foreign Relations', speaker: 'Council on Foreign Relations' }],
    },
    {
      name: 'a ministry whose name holds a title\'s complement',
      text: 'The Ministry of Foreign Affairs said "The talks are stalled."',
      expected: [{ content: 'The talks are stalled.', method: 'named', source: 'Ministry of Foreign Affairs', speaker: 'Ministry of Foreign Affairs' }],
    },
    {
      name: 'unnamed officials somewhere stay unnamed',
      text: 'Officials in the capital said "The roads will reopen on Monday."',
      expected: [{ content: 'The roads will reopen on Monday.', method: 'anonymous', source: 'Officials in the capital', speaker: null }],
    },
    {
      name: 'a pronoun after a long phrase of time and place',
      text: 'Owen Tate spoke to a network. A few days ago in an interview with a rival network he called the media "unbelievably dishonest."',
      expected: [{ content: 'unbelievably dishonest.', method: 'pronoun', source: 'he', speaker: 'Owen Tate' }],
    },
  ]);

  table('a participle right after a name', [
    {
      name: 'footage of someone saying',
      text: 'The advert ends with footage of Owen Tate saying "That makes me smart."',
      expected: [{ content: 'That makes me smart.', method: 'named', source: 'Owen Tate', speaker: 'Owen Tate' }],
    },
    {
      name: 'an advert that concludes with footage: no one said "concludes"',
      text: 'The advert concludes with footage of Owen Tate saying during the debate, "That makes me smart."',
      expected: [{ content: 'That makes me smart.', method: 'named', source: 'Owen Tate', speaker: 'Owen Tate' }],
    },
    {
      name: 'a video showing someone saying, a phrase between',
      text: 'A video shows Helen Marsh saying at the dinner, "We will double the grant."',
      expected: [{ content: 'We will double the grant.', method: 'named', source: 'Helen Marsh', speaker: 'Helen Marsh' }],
    },
    {
      name: 'after a comma the participle is still the subject\'s',
      text: 'Helen Marsh spoke for an hour, saying "The grant will double."',
      expected: [{ content: 'The grant will double.', method: 'named', source: 'Helen Marsh', speaker: 'Helen Marsh' }],
    },
  ]);

  table('phrases nobody speaks', [
    {
      name: 'a film title',
      text: 'The film "Oppenheimer" won seven awards.',
      expected: [{ content: 'Oppenheimer', method: 'none', scare: true }],
    },
    {
      name: 'a scare quote after so-called',
      text: 'The so-called "peace plan" was rejected by both sides.',
      expected: [{ content: 'peace plan', method: 'none', scare: true }],
    },
    {
      name: 'a nickname inside a name',
      text: 'Jimmy "The Hammer" Doyle retired in 2019.',
      expected: [{ content: 'The Hammer', method: 'none', scare: true }],
    },
    {
      name: 'titles of television series',
      text: 'She starred in "The Crown" and "Bridgerton."',
      expected: [
        { content: 'The Crown', method: 'none', scare: true },
        { content: 'Bridgerton.', method: 'none', scare: true },
      ],
    },
    {
      name: 'a campaign slogan',
      text: 'The slogan "Take Back Control" dominated the campaign.',
      expected: [{ content: 'Take Back Control', method: 'none', scare: true }],
    },
    {
      name: 'an album title after a possessive',
      text: 'The band\'s album "Dark Horizons" topped the charts.',
      expected: [{ content: 'Dark Horizons', method: 'none', scare: true }],
    },
    {
      name: 'a scare quote on one word',
      text: 'The shop sells "artisanal" bread at $12 a loaf.',
      expected: [{ content: 'artisanal', method: 'none', scare: true }],
    },
    {
      name: 'a nickname after known as',
      text: 'Ahmed Nasser, known as "The Professor," leads the group.',
      expected: [{ content: 'The Professor,', method: 'none', scare: true }],
    },
  ]);
});
