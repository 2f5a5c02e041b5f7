import assert from 'node:assert/strict';
import {
  attributedQuote,
  CURLY_QUOTES,
  describeSource,
  entitiesNamedBefore,
  isFirstReference,
  nameCompletion,
  nameForm,
  nameOffer,
  quoteBeforeAttribution,
  quoteSentences,
  sourceMarker,
  sourcedQuote,
  surnameOf,
  titleAfterName,
  titleBeforeName,
  titleFitsBeforeName,
} from '../../src/engine/houseform';
import type { Entity, Mention, SourceRef } from '../../src/engine/types';
import { mentionsOf } from '../../src/engine/mentions/columns';

function person(name: string, title: string | undefined, more: Partial<Entity> = {}): Entity {
  return {
    id: name.toLowerCase().replace(/\s+/g, '-'), name, type: 'person', role: 'official', title,
    titles: [], aliases: [], descriptors: [], misspellings: [], facts: [], quotes: [], ...more,
  };
}

function ref(raw: string): SourceRef {
  const [source, p] = raw.split('#p');
  return { source, paragraph: p === undefined ? null : Number(p), raw };
}

const umerov = person('Rustem Umerov', "head of Kyiv's delegation");
const rubio = person('Marco Rubio', 'U.S. Secretary of State');
const zelenskiy = person('Volodymyr Zelenskiy', 'President');
const witkoff = person('Steve Witkoff', 'White House envoy');
const putin = person('Vladimir Putin', 'Russian president');
const plain = person('Jane Roe', undefined);
const kremlin: Entity = { ...person('Kremlin', undefined), type: 'organization', role: undefined };

describe('house form', () => {
  describe('quoteBeforeAttribution', () => {
    const cases: [string, string][] = [
      ['We are constructively minded.', 'We are constructively minded,'],
      ['We can\'t force Russia to make a deal. They have to want to make a deal.', 'We can\'t force Russia to make a deal. They have to want to make a deal,'],
      ['Is this the end?', 'Is this the end?'],
      ['Never!', 'Never!'],
      ['And then...', 'And then...'],
      ['And then\u2026', 'And then\u2026'],
      ['No final stop', 'No final stop,'],
      ['  Spaces around.  ', 'Spaces around,'],
      ['He called it "a good plan."', "He called it 'a good plan,'"],
      ['He called it \u201ca good plan.\u201d', 'He called it \u2018a good plan,\u2019'],
      ['"Already quoted."', 'Already quoted,'],
    ];
    for (const [input, expected] of cases) {
      it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => assert.equal(quoteBeforeAttribution(input), expected));
    }
  });

  describe('quoteSentences', () => {
    const cases: [string, string[]][] = [
      ['We are constructively minded. We have already held talks.', ['We are constructively minded.', 'We have already held talks.']],
      ['The U.S. team met Mr. Smith at 3 p.m. today. Then it ended.', ['The U.S. team met Mr. Smith at 3 p.m. today.', 'Then it ended.']],
      ['Is it over? No!', ['Is it over?', 'No!']],
      ['One sentence only.', ['One sentence only.']],
      ['', []],
    ];
    for (const [input, expected] of cases) {
      it(JSON.stringify(input), () => assert.deepEqual(quoteSentences(input), expected));
    }
  });

  describe('titles', () => {
    const fits: [string, boolean][] = [
      ["head of Kyiv's delegation", false],
      ['U.S. Secretary of State', true],
      ['Secretary of State', true],
      ['President', true],
      ['Russian president', true],
      ['White House envoy', true],
      ['minister of foreign affairs', false],
      ['spokesman for the Kremlin', false],
      ['the president', false],
      ['chief negotiator', false],
      ['Deputy Minister of Foreign Affairs of Ukraine', false],
      ['President, Acme', false],
    ];
    for (const [title, expected] of fits) {
      it(`${JSON.stringify(title)} ${expected ? 'fits' : 'does not fit'} before a name`, () => assert.equal(titleFitsBeforeName(title), expected));
    }

    const before: [string, string][] = [
      ['Russian president', 'Russian President'],
      ['prime minister', 'Prime Minister'],
      ['secretary of state', 'Secretary of State'],
      ['White House envoy', 'White House envoy'],
      ['U.S. Secretary of State', 'U.S. Secretary of State'],
    ];
    for (const [title, expected] of before) {
      it(`before a name ${JSON.stringify(title)} reads ${JSON.stringify(expected)}`, () => assert.equal(titleBeforeName(title), expected));
    }

    const after: [string, string][] = [
      ['U.S. Secretary of State', 'U.S. secretary of state'],
      ['Russian President', 'Russian president'],
      ["head of Kyiv's delegation", "head of Kyiv's delegation"],
      ['White House envoy', 'White House envoy'],
      ['Foreign Minister of NATO', 'foreign minister of NATO'],
    ];
    for (const [title, expected] of after) {
      it(`after a name ${JSON.stringify(title)} reads ${JSON.stringify(expected)}`, () => assert.equal(titleAfterName(title), expected));
    }
  });

  describe('names', () => {
    it('takes the surname from the last word, passing over suffixes', () => {
      assert.equal(surnameOf(umerov), 'Umerov');
      assert.equal(surnameOf(person('Martin Luther King Jr.', undefined)), 'King');
      assert.equal(surnameOf(person('Cher', undefined)), 'Cher');
      assert.equal(surnameOf(kremlin), 'Kremlin');
    });

    const cases: [Entity, string, string][] = [
      [umerov, "Rustem Umerov, head of Kyiv's delegation", 'Umerov'],
      [rubio, 'U.S. Secretary of State Marco Rubio', 'Rubio'],
      [zelenskiy, 'President Volodymyr Zelenskiy', 'Zelenskiy'],
      [putin, 'Russian President Vladimir Putin', 'Putin'],
      [witkoff, 'White House envoy Steve Witkoff', 'Witkoff'],
      [plain, 'Jane Roe', 'Roe'],
      [kremlin, 'Kremlin', 'Kremlin'],
    ];
    for (const [entity, first, later] of cases) {
      it(`${entity.name}: "${first}" then "${later}"`, () => {
        assert.equal(nameForm(entity, 'first').text, first);
        assert.equal(nameForm(entity, 'later').text, later);
      });
    }

    it('puts a descriptor after the name of a person without a title', () => {
      const kushner = person('Jared Kushner', undefined, { descriptors: ["Trump's son-in-law"] });
      assert.deepEqual(nameForm(kushner, 'first'), { text: "Jared Kushner, Trump's son-in-law", inverted: true });
      assert.equal(nameForm(kushner, 'later').text, 'Kushner');
      assert.equal(attributedQuote('We met.', kushner, 'first'), "\"We met,\" said Jared Kushner, Trump's son-in-law.");
      assert.equal(nameCompletion(kushner, 'Kush', 'first')?.detail, "Trump's son-in-law");
    });

    it('prefers the title to a descriptor', () => {
      assert.equal(nameForm({ ...witkoff, descriptors: ['the envoy'] }, 'first').text, 'White House envoy Steve Witkoff');
    });

    it('uses another listed title when the entity has no `title`', () => {
      assert.equal(nameForm(person('Donald Trump', undefined, { titles: ['U.S. President', 'President'] }), 'first').text, 'U.S. President Donald Trump');
    });
  });

  describe('attributedQuote', () => {
    const cases: [Entity, 'first' | 'later', string, string][] = [
      [umerov, 'first', 'We are constructively minded.', "\"We are constructively minded,\" said Rustem Umerov, head of Kyiv's delegation."],
      [umerov, 'later', 'We are constructively minded.', '"We are constructively minded," Umerov said.'],
      [rubio, 'first', 'I hope it is.', '"I hope it is," U.S. Secretary of State Marco Rubio said.'],
      [rubio, 'later', 'Can it get done?', '"Can it get done?" Rubio said.'],
      [plain, 'first', 'Fine.', '"Fine," Jane Roe said.'],
    ];
    for (const [entity, reference, quote, expected] of cases) {
      it(`${entity.name}, ${reference} reference`, () => assert.equal(attributedQuote(quote, entity, reference), expected));
    }

    it('uses curly marks when asked', () => {
      assert.equal(attributedQuote('Fine.', plain, 'later', CURLY_QUOTES), '\u201cFine,\u201d Roe said.');
    });
  });

  describe('source marker', () => {
    it('names the source and paragraph', () => assert.equal(sourceMarker(ref('report#p3')), '<!-- source: report#p3 -->'));
    it('is absent without a ref', () => assert.equal(sourceMarker(null), null));
    it('cannot close the comment early', () => assert.equal(sourceMarker(ref('a-->b')), '<!-- source: a-b -->'));

    it('follows the quote', () => {
      const quote = { text: 'We are constructively minded.', ref: ref('report#p3') };
      assert.equal(sourcedQuote(quote, umerov, 'first'), "\"We are constructively minded,\" said Rustem Umerov, head of Kyiv's delegation. <!-- source: report#p3 -->");
      assert.equal(sourcedQuote({ text: 'Fine.', ref: null }, plain, 'later'), '"Fine," Roe said.');
    });

    it('describes the source for people', () => {
      const sources = [{ id: 'report', publisher: 'Reuters', dateline: 'KYIV, Dec 19' }];
      assert.equal(describeSource(ref('report#p3'), sources), 'Reuters, KYIV, Dec 19, paragraph 3');
      assert.equal(describeSource(ref('other'), sources), 'other');
      assert.equal(describeSource(null, sources), 'no source given');
    });
  });

  describe('isFirstReference', () => {
    const mention = (entity: string, start: number, end: number, kind: Mention['kind']): Mention =>
      ({ range: { start, end }, entity, name: entity, kind, possessive: false, sentence: 0 });
    const mentions = mentionsOf([mention('witkoff', 0, 7, 'surname'), mention('umerov', 10, 16, 'pronoun'), mention('umerov', 20, 26, 'surname'), mention('rubio', 40, 45, 'descriptor')]);
    const cases: [string, number, boolean][] = [
      ['umerov', 10, true],
      ['umerov', 19, true], // only a pronoun before
      ['umerov', 23, true], // inside the mention, not after it
      ['umerov', 26, false],
      ['rubio', 100, true], // a descriptor is not a naming reference
      ['witkoff', 7, false],
    ];
    for (const [entity, offset, expected] of cases) {
      it(`${entity} at ${offset}: ${expected ? 'first' : 'later'}`, () => assert.equal(isFirstReference(mentions, entity, offset), expected));
    }
    it('lists every entity named before an offset at once', () => {
      assert.deepEqual([...entitiesNamedBefore(mentions, 100)].sort(), ['umerov', 'witkoff']);
      assert.deepEqual([...entitiesNamedBefore(mentions, 7)], ['witkoff']);
      assert.deepEqual([...entitiesNamedBefore(mentions, 0)], []);
    });
  });

  describe('nameCompletion', () => {
    it('offers Marco Rubio with his title for "Rub"', () => {
      assert.deepEqual(nameCompletion(rubio, 'Rub', 'first'), {
        label: 'Marco Rubio', detail: 'U.S. Secretary of State', insertText: 'U.S. Secretary of State Marco Rubio', filterText: 'Rubio',
      });
    });
    it('inserts the surname on later reference', () => assert.equal(nameCompletion(rubio, 'rub', 'later')?.insertText, 'Rubio'));
    it('matches from the first name on', () => assert.equal(nameCompletion(rubio, 'Mar', 'first')?.filterText, 'Marco Rubio'));
    it('matches a misspelling and inserts the house spelling', () => {
      const item = nameCompletion(person('Volodymyr Zelenskiy', 'President', { misspellings: ['Zelensky'] }), 'Zelensky', 'later');
      assert.equal(item?.filterText, 'Zelensky');
      assert.equal(item?.insertText, 'Zelenskiy');
    });
    it('matches an alias that the name does not contain', () => assert.equal(nameCompletion(person('Joseph Biden', undefined, { aliases: ['Joe Biden'] }), 'Joe', 'first')?.filterText, 'Joe Biden'));
    it('does not match the middle of a word', () => assert.equal(nameCompletion(rubio, 'ubi', 'first'), null));
    it('does not match an empty prefix', () => assert.equal(nameCompletion(rubio, '', 'first'), null));
    it('leaves credited journalists out', () => assert.equal(nameCompletion(person('Yuliia Dysa', undefined, { role: 'journalist' }), 'Dys', 'first'), null));
    const titledAlready: [string, string][] = [
      ['Talks went on. Secretary of State ', 'Marco Rubio'],
      ['Talks went on. U.S. Secretary of State ', 'Marco Rubio'],
      ['talks with secretary of state ', 'Marco Rubio'],
      ['Talks went on. ', 'U.S. Secretary of State Marco Rubio'],
      ['Talks went on. State ', 'U.S. Secretary of State Marco Rubio'], // "State" alone is not a title tail that starts one
      ['The Undersecretary of State ', 'U.S. Secretary of State Marco Rubio'],
      ['Talks went on. Secretary of State', 'U.S. Secretary of State Marco Rubio'], // no space: the word is not next
    ];
    for (const [before, expected] of titledAlready) {
      it(`after ${JSON.stringify(before)} inserts ${JSON.stringify(expected)}`, () => assert.equal(nameCompletion(rubio, 'Rub', 'first', before)?.insertText, expected));
    }

    it('puts a long title after the name', () => assert.equal(nameCompletion(umerov, 'Um', 'first')?.insertText, "Rustem Umerov, head of Kyiv's delegation"));
  });

  describe('nameOffer (nothing typed yet)', () => {
    it('offers the name in house form, filtered by the whole name', () => {
      assert.deepEqual(nameOffer(rubio, 'first'), {
        label: 'Marco Rubio', detail: 'U.S. Secretary of State', insertText: 'U.S. Secretary of State Marco Rubio', filterText: 'Marco Rubio',
      });
    });
    it('inserts the surname on later reference', () => assert.equal(nameOffer(rubio, 'later')?.insertText, 'Rubio'));
    it('adds only the name after a title already typed', () => assert.equal(nameOffer(rubio, 'first', 'Talks went on. Secretary of State ')?.insertText, 'Marco Rubio'));
    it('leaves credited journalists out', () => assert.equal(nameOffer(person('Yuliia Dysa', undefined, { role: 'journalist' }), 'first'), null));
  });
});

describe('house form on hostile quotes', () => {
  it('trims a long run of closing single quotes without re-reading it (a listed quote is untrusted)', () => {
    const quote = `${"'".repeat(40_000)}x'`;
    // The run before "x" stays; the final mark keeps its place after the comma.
    assert.equal(quoteBeforeAttribution(quote), `${"'".repeat(40_000)}x,'`);
  });
});
