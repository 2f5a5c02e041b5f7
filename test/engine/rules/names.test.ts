// name-spelling, title-mismatch, first-reference: rules over mentions of listed people.
import { mention, person, quote, testRule } from './helper';

const zelenskiy = person('volodymyr-zelenskiy', 'Volodymyr Zelenskiy', {
  role: 'official', title: 'President', titles: ['Ukrainian President'], misspellings: ['Zelensky', 'Zelenskyy'],
});
const witkoff = person('steve-witkoff', 'Steve Witkoff', { role: 'official', title: 'White House envoy' });
const rubio = person('marco-rubio', 'Marco Rubio', { role: 'official', title: 'U.S. Secretary of State' });
const trump = person('donald-trump', 'Donald Trump', { role: 'official', title: 'U.S. President', titles: ['President'] });
const umerov = person('rustem-umerov', 'Rustem Umerov', { role: 'official', title: "head of Kyiv's delegation" });
const dysa = person('yuliia-dysa', 'Yuliia Dysa', { role: 'journalist' });
const lewis = person('simon-lewis', 'Simon Lewis', { role: 'journalist' });
const all = [zelenskiy, witkoff, rubio, trump, umerov, dysa, lewis];

testRule('name-spelling', 'warning', {
  valid: [
    {
      name: 'the house spelling',
      text: 'President Volodymyr Zelenskiy said so.',
      build: (t) => ({ entities: all, mentions: [mention(t, 'Volodymyr Zelenskiy', zelenskiy)] }),
    },
  ],
  invalid: [
    {
      name: 'a non-house surname, fixed from the mention',
      text: 'Zelensky said so.',
      build: (t) => ({ entities: all, mentions: [mention(t, 'Zelensky', zelenskiy, { kind: 'misspelling', fix: 'Zelenskiy' })] }),
      expect: [{ text: 'Zelensky', fix: 'Zelensky → Zelenskiy' }],
    },
    {
      name: 'a possessive variant keeps its ending',
      text: "Zelenskyy's plan has 20 points.",
      build: (t) => ({ entities: all, mentions: [mention(t, "Zelenskyy's", zelenskiy, { kind: 'misspelling', fix: 'Zelenskiy' })] }),
      expect: [{ text: "Zelenskyy's", fix: "Zelenskyy's → Zelenskiy's" }],
    },
    {
      name: 'no fix on the mention: a full misspelled name gets the full house name',
      text: 'Volodymyr Zelensky spoke; Zelensky left.',
      build: (t) => ({
        entities: all,
        mentions: [
          mention(t, 'Volodymyr Zelensky', zelenskiy, { kind: 'misspelling' }),
          mention(t, 'Zelensky', zelenskiy, { kind: 'misspelling', occurrence: 2 }),
        ],
      }),
      expect: [
        { text: 'Volodymyr Zelensky', fix: 'Volodymyr Zelensky → Volodymyr Zelenskiy' },
        { text: 'Zelensky', fix: 'Zelensky → Zelenskiy' },
      ],
    },
  ],
});

testRule('title-mismatch', 'error', {
  valid: [
    {
      name: 'the right title',
      text: 'White House envoy Steve Witkoff met them.',
      build: (t) => ({ entities: all, mentions: [mention(t, 'Steve Witkoff', witkoff)] }),
    },
    {
      name: 'a shortened form of the own title ("Secretary of State" for "U.S. Secretary of State")',
      text: 'Secretary of State Marco Rubio spoke.',
      build: (t) => ({ entities: all, mentions: [mention(t, 'Marco Rubio', rubio)] }),
    },
    {
      name: 'a title that is nobody\'s in the list',
      text: 'Special Envoy Steve Witkoff flew in.',
      build: (t) => ({ entities: all, mentions: [mention(t, 'Steve Witkoff', witkoff)] }),
    },
    {
      name: 'an appositive after a comma is not a title attached to the name',
      text: 'The U.S. Secretary of State, Steve Witkoff and others met.',
      build: (t) => ({ entities: all, mentions: [mention(t, 'Steve Witkoff', witkoff)] }),
    },
    {
      name: 'a title inside a quote is the speaker\'s words',
      text: '"Secretary of State Steve Witkoff was there," he said.',
      build: (t) => ({ entities: all, mentions: [mention(t, 'Steve Witkoff', witkoff)], quotes: [quote(t, '"Secretary of State Steve Witkoff was there,"', { method: 'pronoun' })] }),
    },
    {
      name: 'a word beyond ASCII that only ends like a title word ("Stäte")',
      text: 'Secretary of Stäte Steve Witkoff met them.',
      build: (t) => ({ entities: all, mentions: [mention(t, 'Steve Witkoff', witkoff)] }),
    },
    {
      name: 'a title shared by two people fits both ("President")',
      text: 'President Donald Trump and President Volodymyr Zelenskiy met.',
      build: (t) => ({ entities: all, mentions: [mention(t, 'Donald Trump', trump), mention(t, 'Volodymyr Zelenskiy', zelenskiy)] }),
    },
  ],
  invalid: [
    {
      name: "another official's title before a listed name",
      text: 'Secretary of State Steve Witkoff met them.',
      build: (t) => ({ entities: all, mentions: [mention(t, 'Steve Witkoff', witkoff)] }),
      expect: [{ text: 'Secretary of State', fix: 'Secretary of State → White House envoy' }],
    },
    {
      name: 'the longest title is flagged, on a surname too',
      text: 'They met U.S. Secretary of State Witkoff in Miami.',
      build: (t) => ({ entities: all, mentions: [mention(t, 'Witkoff', witkoff, { kind: 'surname' })] }),
      expect: [{ text: 'U.S. Secretary of State', fix: 'U.S. Secretary of State → White House envoy' }],
    },
    {
      name: 'a title written in capitals, after opening punctuation',
      text: '(SECRETARY OF STATE Steve Witkoff met them.)',
      build: (t) => ({ entities: all, mentions: [mention(t, 'Steve Witkoff', witkoff)] }),
      expect: [{ text: 'SECRETARY OF STATE', fix: 'SECRETARY OF STATE → White House envoy' }],
    },
    {
      name: 'a person with no pre-name title: the fix removes the wrong one',
      text: 'Ukrainian President Rustem Umerov said.',
      build: (t) => ({ entities: all, mentions: [mention(t, 'Rustem Umerov', umerov)] }),
      expect: [{ text: 'Ukrainian President', fix: 'Ukrainian President  → ' }],
    },
  ],
});

testRule('first-reference', 'information', {
  valid: [
    {
      name: 'full name first, surname after',
      text: 'Steve Witkoff arrived. Witkoff spoke.',
      build: (t) => ({ entities: all, mentions: [mention(t, 'Steve Witkoff', witkoff), mention(t, 'Witkoff', witkoff, { kind: 'surname', occurrence: 2 })] }),
    },
    {
      name: 'a surname inside a quote is neither flagged nor an introduction',
      text: '"Witkoff called me," she said. Steve Witkoff agreed.',
      build: (t) => ({
        entities: all,
        mentions: [mention(t, 'Witkoff', witkoff, { kind: 'surname' }), mention(t, 'Steve Witkoff', witkoff)],
        quotes: [quote(t, '"Witkoff called me,"', { method: 'pronoun' })],
      }),
    },
    {
      name: 'a full name inside a quote tells the reader who this is',
      text: '"Steve Witkoff is here," she said. Witkoff spoke.',
      build: (t) => ({
        entities: all,
        mentions: [mention(t, 'Steve Witkoff', witkoff), mention(t, 'Witkoff', witkoff, { kind: 'surname', occurrence: 2 })],
        quotes: [quote(t, '"Steve Witkoff is here,"', { method: 'pronoun' })],
      }),
    },
    {
      name: 'another person with the same surname ("John Lewis"), and a bare surname after him',
      text: 'John Lewis spoke. Lewis left.',
      build: (t) => ({ entities: all, mentions: [mention(t, 'Lewis', lewis, { kind: 'surname' }), mention(t, 'Lewis', lewis, { kind: 'surname', occurrence: 2 })] }),
    },
    {
      name: 'a full name with a middle initial introduces the person',
      text: "Donald J. Trump's plan. Trump spoke.",
      build: (t) => ({ entities: all, mentions: [mention(t, "Trump's", trump, { kind: 'surname' }), mention(t, 'Trump', trump, { kind: 'surname', occurrence: 2 })] }),
    },
    {
      name: 'a surname used as a modifier or inside another name',
      text: 'Fears of a Trump presidency grew near Trump Tower.',
      build: (t) => ({ entities: all, mentions: [mention(t, 'Trump', trump, { kind: 'surname' }), mention(t, 'Trump', trump, { kind: 'surname', occurrence: 2 })] }),
    },
    {
      name: 'places and organizations are not people',
      text: 'Kyiv said no.',
      build: (t) => ({
        entities: [{ ...person('kyiv', 'Kyiv'), type: 'place' }],
        mentions: [mention(t, 'Kyiv', { ...person('kyiv', 'Kyiv'), type: 'place' }, { kind: 'surname' })],
      }),
    },
  ],
  invalid: [
    {
      name: 'surname before the full name: the fix gives the title of an official',
      text: 'Witkoff arrived. Later, Steve Witkoff spoke.',
      build: (t) => ({ entities: all, mentions: [mention(t, 'Witkoff', witkoff, { kind: 'surname' }), mention(t, 'Steve Witkoff', witkoff)] }),
      expect: [{ text: 'Witkoff', fix: 'Witkoff → White House envoy Steve Witkoff' }],
    },
    {
      name: 'a possessive surname written as an alias, flagged once',
      text: "Trump's administration pushes. Trump insists.",
      build: (t) => ({
        entities: all,
        mentions: [mention(t, "Trump's", trump, { kind: 'alias' }), mention(t, 'Trump', trump, { kind: 'alias', occurrence: 2 })],
      }),
      expect: [{ text: "Trump's", fix: "Trump's → U.S. President Donald Trump's" }],
    },
    {
      name: 'a sentence-opening word or an honorific is not a first name',
      text: 'But Trump said no. Mr. Rubio agreed.',
      build: (t) => ({ entities: all, mentions: [mention(t, 'Trump', trump, { kind: 'surname' }), mention(t, 'Rubio', rubio, { kind: 'surname' })] }),
      expect: [
        { text: 'Trump', fix: 'Trump → U.S. President Donald Trump' },
        { text: 'Rubio', fix: 'Rubio → U.S. Secretary of State Marco Rubio' },
      ],
    },
    {
      name: 'a title already written: the fix adds only the name; journalists get no title',
      text: 'President Zelenskiy met Dysa.',
      build: (t) => ({
        entities: all,
        mentions: [mention(t, 'Zelenskiy', zelenskiy, { kind: 'surname' }), mention(t, 'Dysa', dysa, { kind: 'surname' })],
      }),
      expect: [
        { text: 'Zelenskiy', fix: 'Zelenskiy → Volodymyr Zelenskiy' },
        { text: 'Dysa', fix: 'Dysa → Yuliia Dysa' },
      ],
    },
  ],
});
