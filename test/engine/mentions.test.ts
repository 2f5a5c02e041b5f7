import assert from 'node:assert/strict';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { entityById, fixFor, ownersOfTitle, surnameOf, titlesOf } from '../../src/engine/entities/compile';
import { findMentions } from '../../src/engine/mentions';
import { emptySentences } from '../../src/engine/sentences';
import { work } from '../../src/engine/mentions/work';
import type { Mention } from '../../src/engine/types';
import { entity, indexOf } from './helpers/entities';
import { asColumns, paragraphList, proseFrom, proseOf, sentenceList, sentencePerParagraph, sentencesOf } from './helpers/prose';
import { mentionList } from '../../src/engine/mentions/columns';

const index = indexOf([
  { id: 'donald-trump', name: 'Donald Trump', title: 'U.S. President', titles: ['President'], descriptors: ['U.S. President'], misspellings: ['Trumph'], pronoun: 'he' },
  { id: 'jared-kushner', name: 'Jared Kushner', descriptors: ["Trump's son-in-law"], pronoun: 'he' },
  { id: 'steve-witkoff', name: 'Steve Witkoff', title: 'White House envoy', descriptors: ['the White House envoy'], pronoun: 'he' },
  { id: 'volodymyr-zelenskiy', name: 'Volodymyr Zelenskiy', misspellings: ['Zelensky', 'Zelenskyy', 'Volodimir Zelensky'], pronoun: 'he' },
  { id: 'marco-rubio', name: 'Marco Rubio', title: 'Secretary of State', pronoun: 'he' },
  { id: 'rustem-umerov', name: 'Rustem Umerov', descriptors: ["head of Kyiv's delegation"], pronoun: 'he' },
  { id: 'kaja-kallas', name: 'Kaja Kallas', pronoun: 'she' },
  { id: 'emmanuel-macron', name: 'Emmanuel Macron', descriptors: ['Élysée chief'], pronoun: 'he' },
  { id: 'simon-lewis', name: 'Simon Lewis', role: 'journalist' },
  { id: 'kremlin', name: 'Kremlin', type: 'organization', pronoun: 'they' },
  { id: 'white-house', name: 'White House', type: 'organization' },
  { id: 'united-states', name: 'United States', type: 'place', aliases: ['U.S.'] },
  { id: 'kyiv', name: 'Kyiv', type: 'place' },
]);

interface Row {
  text: string;
  kind: Mention['kind'];
  entity: string | null;
  possessive?: true;
  title?: string;
  fix?: string;
  name?: string;
}

/** Mentions as rows: the text they cover, their kind and entity, and only the extras that are set. */
function rows(text: string, skipped: string[] = []): Row[] {
  const prose = proseOf(text, skipped);
  return mentionList(findMentions(text, prose, sentencePerParagraph(prose), index)).map((m) => {
    const row: Row = { text: text.slice(m.range.start, m.range.end), kind: m.kind, entity: m.entity };
    if (m.possessive) row.possessive = true;
    if (m.title !== undefined) row.title = m.title;
    if (m.fix !== undefined) row.fix = m.fix;
    if (m.kind === 'unlisted') row.name = m.name;
    return row;
  });
}

function table(cases: [string, string, Row[]][]): void {
  for (const [what, text, expected] of cases) {
    it(`${what}: ${JSON.stringify(text)}`, () => assert.deepEqual(rows(text), expected));
  }
}

const name = (text: string, entity: string): Row => ({ text, kind: 'name', entity });
const surname = (text: string, entity: string): Row => ({ text, kind: 'surname', entity });
const pronoun = (text: string, entity: string): Row => ({ text, kind: 'pronoun', entity });
const unlisted = (text: string, fullName: string, title?: string): Row =>
  title === undefined ? { text, kind: 'unlisted', entity: null, name: fullName } : { text, kind: 'unlisted', entity: null, title, name: fullName };

describe('compiled entity index', () => {
  it('takes the surname from the last word of a person, passing over suffixes', () => {
    assert.equal(surnameOf(entity({ id: 'a', name: 'Donald Trump' })), 'Trump');
    assert.equal(surnameOf(entity({ id: 'b', name: 'Martin Luther King Jr.' })), 'King');
    assert.equal(surnameOf(entity({ id: 'c', name: 'Madonna' })), null);
    assert.equal(surnameOf(entity({ id: 'd', name: 'White House', type: 'organization' })), null);
  });

  it('lists title and titles once each', () => {
    assert.deepEqual(titlesOf(entity({ id: 'a', name: 'A B', title: 'President', titles: ['U.S. President', 'President'] })), ['President', 'U.S. President']);
  });

  it('finds who holds a title, in any case and spacing', () => {
    assert.deepEqual(ownersOfTitle(index, 'secretary  of state').map((e) => e.id), ['marco-rubio']);
    assert.deepEqual(ownersOfTitle(index, 'President').map((e) => e.id), ['donald-trump']);
    assert.deepEqual(ownersOfTitle(index, 'Pope'), []);
    assert.equal(entityById(index, 'kyiv')?.name, 'Kyiv');
  });

  it('fixes a one-word misspelling to the closest word of the name', () => {
    const zelenskiy = entity({ id: 'z', name: 'Volodymyr Zelenskiy' });
    assert.equal(fixFor(zelenskiy, 'Zelensky'), 'Zelenskiy');
    assert.equal(fixFor(zelenskiy, 'Volodimir'), 'Volodymyr');
    assert.equal(fixFor(zelenskiy, 'Volodimir Zelensky'), 'Volodymyr Zelenskiy');
  });
});

describe('findMentions', () => {
  describe('names, aliases and surnames', () => {
    table([
      ['full name', 'Donald Trump spoke.', [name('Donald Trump', 'donald-trump')]],
      ['alias', 'The U.S. team arrived.', [{ text: 'U.S.', kind: 'alias', entity: 'united-states' }]],
      ['surname after the full name', 'Donald Trump spoke. Later Trump left.', [name('Donald Trump', 'donald-trump'), surname('Trump', 'donald-trump')]],
      ['surname before the full name', 'Trump spoke before Donald Trump left.', [surname('Trump', 'donald-trump'), name('Donald Trump', 'donald-trump')]],
      ['organization', 'The Kremlin declined.', [name('Kremlin', 'kremlin')]],
      ['name in capitals in a dateline', 'KYIV, Dec 19 - Talks began.', [name('KYIV', 'kyiv')]],
      ["people's names in capitals are not matched", 'TRUMP AND RUBIO MEET', []],
      ['name broken across a line', 'said the negotiator, Rustem\nUmerov.', [name('Rustem\nUmerov', 'rustem-umerov')]],
      ['name broken across a line with indentation', 'Donald\n   Trump spoke.', [name('Donald\n   Trump', 'donald-trump')]],
      ['not inside longer words', 'A Rubioesque speech, a Trumpet, the Trumps.', []],
      ['first names alone are not mentions', 'Donald and Marco went.', []],
      ['names are case-sensitive', 'the trump card and a rubio', []],
    ]);
  });

  describe('possessives', () => {
    table([
      ["with 's", "Trump's plan", [{ ...surname("Trump's", 'donald-trump'), possessive: true }]],
      ['with ’s', 'Trump’s plan', [{ ...surname('Trump’s', 'donald-trump'), possessive: true }]],
      ["a full name with s'", "Simon Lewis' story", [{ ...name("Simon Lewis'", 'simon-lewis'), possessive: true }]],
      ["a surname with s'", "Lewis' story", [{ ...surname("Lewis'", 'simon-lewis'), possessive: true }]],
      ["a bare ' after a name not ending in s is a closing quote", "'Trump' was the word", [surname('Trump', 'donald-trump')]],
    ]);
  });

  describe('descriptors', () => {
    table([
      ['with "the"', 'Then the White House envoy arrived.', [
        { text: 'the White House envoy', kind: 'descriptor', entity: 'steve-witkoff' }, name('White House', 'white-house')]],
      ['capitalised at a sentence start', 'The White House envoy arrived.', [
        { text: 'The White House envoy', kind: 'descriptor', entity: 'steve-witkoff' }, name('White House', 'white-house')]],
      ['without "the"', 'Talks with White House envoy ended.', [
        { text: 'White House envoy', kind: 'descriptor', entity: 'steve-witkoff' }, name('White House', 'white-house')]],
      ["a descriptor standing as its holder's title before the name refers to them", 'White House envoy Steve Witkoff arrived.', [
        { text: 'White House envoy', kind: 'descriptor', entity: 'steve-witkoff' }, name('White House', 'white-house'), name('Steve Witkoff', 'steve-witkoff')]],
      ["a descriptor before someone else's name refers to nobody (the title is wrong)", 'White House envoy Marco Rubio arrived.', [
        name('White House', 'white-house'), name('Marco Rubio', 'marco-rubio')]],
      ['a descriptor before an unlisted name introduces that person, not a listed one', 'White House envoy Jane Roe arrived.', [
        name('White House', 'white-house'), { text: 'Jane Roe', kind: 'unlisted', entity: null, name: 'Jane Roe', title: 'White House envoy' }]],
      ['nested: a descriptor containing a possessive', "Trump's son-in-law, Jared Kushner, arrived.", [
        { text: "Trump's son-in-law", kind: 'descriptor', entity: 'jared-kushner' },
        { ...surname("Trump's", 'donald-trump'), possessive: true },
        name('Jared Kushner', 'jared-kushner')]],
      ['a descriptor that starts inside a full name contains it', "Donald Trump's son-in-law said so.", [
        { text: "Donald Trump's son-in-law", kind: 'descriptor', entity: 'jared-kushner' },
        { ...name("Donald Trump's", 'donald-trump'), possessive: true }]],
      ['not after "former", "a" or "as"', 'the former White House envoy, a White House envoy, her years as White House envoy', [
        name('White House', 'white-house'), name('White House', 'white-house'), name('White House', 'white-house')]],
      ['a descriptor with a possessive of its own', "the head of Kyiv's delegation, Rustem Umerov", [
        { text: "the head of Kyiv's delegation", kind: 'descriptor', entity: 'rustem-umerov' },
        { ...name("Kyiv's", 'kyiv'), possessive: true },
        name('Rustem Umerov', 'rustem-umerov')]],
      ['a lower-case descriptor capitalised at a sentence start', "Head of Kyiv's delegation arrived.", [
        { text: "Head of Kyiv's delegation", kind: 'descriptor', entity: 'rustem-umerov' },
        { ...name("Kyiv's", 'kyiv'), possessive: true }]],
      ['a descriptor whose first letter is beyond ASCII, in either case', 'The Élysée chief met the élysée chief.', [
        { text: 'The Élysée chief', kind: 'descriptor', entity: 'emmanuel-macron' },
        { text: 'the élysée chief', kind: 'descriptor', entity: 'emmanuel-macron' }]],
    ]);
  });

  describe('misspellings', () => {
    table([
      ['surname misspelled: the fix is the surname', 'Zelensky said', [{ text: 'Zelensky', kind: 'misspelling', entity: 'volodymyr-zelenskiy', fix: 'Zelenskiy' }]],
      ['next to a correct first name', 'Volodymyr Zelenskyy said', [{ text: 'Zelenskyy', kind: 'misspelling', entity: 'volodymyr-zelenskiy', fix: 'Zelenskiy' }]],
      ['a whole name misspelled: the fix is the name', 'Volodimir Zelensky said', [{ text: 'Volodimir Zelensky', kind: 'misspelling', entity: 'volodymyr-zelenskiy', fix: 'Volodymyr Zelenskiy' }]],
      ['possessive: the fix keeps the ending', 'Zelensky’s team', [{ text: 'Zelensky’s', kind: 'misspelling', entity: 'volodymyr-zelenskiy', possessive: true, fix: 'Zelenskiy’s' }]],
      ['a one-word misspelling of a surname', 'Trumph said', [{ text: 'Trumph', kind: 'misspelling', entity: 'donald-trump', fix: 'Trump' }]],
    ]);
  });

  describe('pronouns', () => {
    table([
      ['resolved in the same sentence', 'Marco Rubio said he would go.', [name('Marco Rubio', 'marco-rubio'), pronoun('he', 'marco-rubio')]],
      ['she', 'Kaja Kallas said she would go.', [name('Kaja Kallas', 'kaja-kallas'), pronoun('she', 'kaja-kallas')]],
      ['his is possessive', 'Donald Trump set out his plan.', [name('Donald Trump', 'donald-trump'), { ...pronoun('his', 'donald-trump'), possessive: true }]],
      ['from the previous paragraph', 'Marco Rubio spoke.\n\nHe left.', [name('Marco Rubio', 'marco-rubio'), pronoun('He', 'marco-rubio')]],
      ['not from two paragraphs back', 'Marco Rubio spoke.\n\nTalks went on.\n\nHe left.', [name('Marco Rubio', 'marco-rubio')]],
      ['unresolved with nobody before it', 'He said so. Then Marco Rubio left.', [name('Marco Rubio', 'marco-rubio')]],
      ['the most recent fitting person, skipping one with another pronoun', 'Donald Trump met Kaja Kallas. She said he agreed.', [
        name('Donald Trump', 'donald-trump'), name('Kaja Kallas', 'kaja-kallas'), pronoun('She', 'kaja-kallas'), pronoun('he', 'donald-trump')]],
      ['unresolved after a person of unknown pronoun', 'Marco Rubio met Simon Lewis. He said so.', [name('Marco Rubio', 'marco-rubio'), name('Simon Lewis', 'simon-lewis')]],
      ['unresolved after an unlisted person', 'Marco Rubio met Kremlin aide Yuri Ushakov. He said so.', [
        name('Marco Rubio', 'marco-rubio'), name('Kremlin', 'kremlin'), unlisted('Yuri Ushakov', 'Yuri Ushakov', 'Kremlin aide')]],
      ['not inside a quotation, and names inside it are not antecedents', 'Marco Rubio spoke. "Donald Trump thinks he can," he said.', [
        name('Marco Rubio', 'marco-rubio'), name('Donald Trump', 'donald-trump'), pronoun('he', 'marco-rubio')]],
      ['the head of a nested descriptor is the antecedent', "Trump's son-in-law said he would go.", [
        { text: "Trump's son-in-law", kind: 'descriptor', entity: 'jared-kushner' },
        { ...surname("Trump's", 'donald-trump'), possessive: true }, pronoun('he', 'jared-kushner')]],
      ['"they" when an entity declares it', 'The Kremlin said they would reply.', [name('Kremlin', 'kremlin'), pronoun('they', 'kremlin')]],
      ['"they" not for a person', 'Marco Rubio said they would reply.', [name('Marco Rubio', 'marco-rubio')]],
    ]);
  });

  describe('unlisted people', () => {
    table([
      ['organization and role', 'said Kremlin aide Yuri Ushakov on Friday', [name('Kremlin', 'kremlin'), unlisted('Yuri Ushakov', 'Yuri Ushakov', 'Kremlin aide')]],
      ['capitalised office', 'Foreign Minister Andrii Sybiha said', [unlisted('Andrii Sybiha', 'Andrii Sybiha', 'Foreign Minister')]],
      ['abbreviated title', 'Sen. Elizabeth Warren said', [unlisted('Elizabeth Warren', 'Elizabeth Warren', 'Sen.')]],
      ['party and abbreviated title', 'Democratic Sen. Elizabeth Warren said', [unlisted('Elizabeth Warren', 'Elizabeth Warren', 'Democratic Sen.')]],
      ['role word', 'spokeswoman Karoline Leavitt told reporters', [unlisted('Karoline Leavitt', 'Karoline Leavitt', 'spokeswoman')]],
      ['listed organization in the title', 'White House spokeswoman Karoline Leavitt said', [
        name('White House', 'white-house'), unlisted('Karoline Leavitt', 'Karoline Leavitt', 'White House spokeswoman')]],
      ['two-word role', 'campaign manager Robby Mook said', [unlisted('Robby Mook', 'Robby Mook', 'campaign manager')]],
      ['title with "of"', 'Chief of Staff Susie Wiles said', [unlisted('Susie Wiles', 'Susie Wiles', 'Chief of Staff')]],
      ['dotted abbreviation in the title', 'U.S. Ambassador Bridget Brink said', [
        { text: 'U.S.', kind: 'alias', entity: 'united-states' }, unlisted('Bridget Brink', 'Bridget Brink', 'U.S. Ambassador')]],
      ['professional role', 'said economist Mary Lovely of the institute', [unlisted('Mary Lovely', 'Mary Lovely', 'economist')]],
      ['three-word name', 'Supreme Court Justice Amy Coney Barrett wrote', [unlisted('Amy Coney Barrett', 'Amy Coney Barrett', 'Supreme Court Justice')]],
      ['later surname and possessive references', "Kremlin aide Yuri Ushakov spoke. Ushakov said Ushakov's view held.", [
        name('Kremlin', 'kremlin'), unlisted('Yuri Ushakov', 'Yuri Ushakov', 'Kremlin aide'),
        unlisted('Ushakov', 'Yuri Ushakov'), { ...unlisted("Ushakov's", 'Yuri Ushakov'), possessive: true }]],
      ['later reference in a later paragraph', 'Sen. Elizabeth Warren spoke.\n\nWarren left.', [
        unlisted('Elizabeth Warren', 'Elizabeth Warren', 'Sen.'), unlisted('Warren', 'Elizabeth Warren')]],
      ['a role in apposition after the name', 'said Yuri Ushakov, a Kremlin aide. Ushakov added', [
        unlisted('Yuri Ushakov', 'Yuri Ushakov', 'Kremlin aide'), name('Kremlin', 'kremlin'), unlisted('Ushakov', 'Yuri Ushakov')]],
      ['a role in apposition with "the"', 'Jane Doe, the press secretary for the mayor, said', [unlisted('Jane Doe', 'Jane Doe', 'press secretary')]],
      ['a compound role in apposition', 'Jane Doe, the chief executive officer, said', [unlisted('Jane Doe', 'Jane Doe', 'chief executive officer')]],
      ['a role with "of" in apposition', 'Jane Doe, the former secretary of State, said', [unlisted('Jane Doe', 'Jane Doe', 'former secretary of State')]],
      ['apposition after a name with an initial', 'Joe R. Smith, an economist, said', [unlisted('Joe R. Smith', 'Joe R. Smith', 'economist')]],
      ['no apposition without a role', 'Jane Doe, a resident of the city, said', []],
      ['a listed person is never unlisted', 'Secretary of State Marco Rubio said', [name('Marco Rubio', 'marco-rubio')]],
      ['one word is not a name', 'Sen. Warren said', []],
      ['an institution is not a person', 'the official Xinhua News Agency said', []],
      ['nor a capitalised phrase going on with "of"', 'the Justice Against Sponsors of Terrorism Act', []],
      ['a suffix keeps its dot', 'Vice President Joseph R. Biden Jr. said', [unlisted('Joseph R. Biden Jr.', 'Joseph R. Biden Jr.', 'Vice President')]],
      ['a name does not end in an initial', 'Rep. Robert C. "Bobby" Scott', []],
      ['a name has no function words', 'the editor of Debating The Donald', []],
      ['a date is not a person', 'the minister Friday December said', []],
      ['a surname is not unlisted before its introduction', 'Ushakov spoke. Kremlin aide Yuri Ushakov said', [
        name('Kremlin', 'kremlin'), unlisted('Yuri Ushakov', 'Yuri Ushakov', 'Kremlin aide')]],
    ]);
  });

  describe('skipped text', () => {
    it('ignores inline code and link destinations', () => {
      const text = 'Use `Trump` here and [a story](https://example.com/Trump) about Rubio.';
      assert.deepEqual(rows(text, ['`Trump`', '(https://example.com/Trump)']), [surname('Rubio', 'marco-rubio')]);
    });

    it('does not join a name across skipped code', () => {
      const text = 'Donald `x` Trump';
      assert.deepEqual(rows(text, ['`x`']), [surname('Trump', 'donald-trump')]);
    });

    it('joins a name across emphasis markup between segments', () => {
      const text = 'Donald **Trump** said';
      assert.deepEqual(rows(text, ['**', '**']).map((r) => r.text), ['Donald **Trump']);
    });
  });

  describe('sentences and order', () => {
    it('gives each mention its sentence index', () => {
      const text = 'Donald Trump spoke. Then Rubio left. Kallas stayed.';
      const prose = proseOf(text);
      const sentences = sentencesOf(text, prose, ['Donald Trump spoke.', 'Then Rubio left.', 'Kallas stayed.']);
      assert.deepEqual(mentionList(findMentions(text, prose, sentences, index)).map((m) => [m.name, m.sentence]), [
        ['Donald Trump', 0], ['Marco Rubio', 1], ['Kaja Kallas', 2]]);
    });

    it('gives each mention its index in the sentences given, when they are not in text order', () => {
      const text = 'Donald Trump spoke. Then Rubio left. Kallas stayed.';
      const prose = proseOf(text);
      const [first, second, third] = sentenceList(sentencesOf(text, prose, ['Donald Trump spoke.', 'Then Rubio left.', 'Kallas stayed.']));
      const sentences = asColumns([third!, first!, second!]);
      assert.deepEqual(mentionList(findMentions(text, prose, sentences, index)).map((m) => [m.name, m.sentence]), [
        ['Donald Trump', 1], ['Marco Rubio', 2], ['Kaja Kallas', 0]]);
    });

    it('sorts mentions and keeps their sentences when paragraphs come out of text order', () => {
      const text = 'Donald Trump spoke.\n\nThen Rubio left.\n\nKallas stayed.';
      const [first, second, third] = paragraphList(proseOf(text));
      const prose = proseFrom([third!, first!, second!]);
      assert.deepEqual(mentionList(findMentions(text, prose, sentencePerParagraph(prose), index)).map((m) => [m.name, m.range.start, m.sentence]), [
        ['Donald Trump', 0, 1], ['Marco Rubio', text.indexOf('Rubio'), 2], ['Kaja Kallas', text.indexOf('Kallas'), 0]]);
    });

    it('sorts by start, outer before inner', () => {
      const text = "Kallas met Trump's son-in-law.";
      const prose = proseOf(text);
      const found = findMentions(text, prose, sentencePerParagraph(prose), index);
      assert.deepEqual([...found.starts].map((start, i) => [start, found.ends[i]]), [[0, 6], [11, 29], [11, 18]]);
    });
  });

  describe('linear work', () => {
    const longName = indexOf([{ id: 'long', name: 'Ab Cd Ef Gh Ij Kl Mn Op', descriptors: ['ab cd ef gh ij kl mn'], pronoun: 'he' }]);
    const drafts: [string, (n: number) => string][] = [
      ['prefixes of a long name that never complete', (n) => 'Ab Cd Ef Gh Ij Kl Mn '.repeat(n)],
      ['names and pronouns', (n) => 'Ab Cd Ef Gh Ij Kl Mn Op said he would. '.repeat(n)],
      ['titles before capitalised words', (n) => 'Sen. Ab Cd Foreign Minister Ef Gh-Ij-Kl-Mn-Op '.repeat(n)],
      ['one long hyphenated word after a title', (n) => 'Sen. Ab ' + 'Cd-'.repeat(n * 8)],
      ['nothing but quotation marks and capitals', (n) => '"A “B” C '.repeat(n * 4)],
    ];
    for (const [what, draft] of drafts) {
      it(`grows linearly: ${what}`, () => {
        const steps = (text: string): number => {
          const prose = proseOf(text);
          work.steps = 0;
          findMentions(text, prose, sentencePerParagraph(prose), longName);
          return work.steps;
        };
        const small = draft(1000);
        const large = draft(2000);
        const smallSteps = steps(small);
        const largeSteps = steps(large);
        assert.ok(largeSteps <= 2.2 * smallSteps, `${smallSteps} then ${largeSteps} steps`);
        assert.ok(largeSteps <= 2 * large.length, `${largeSteps} steps for ${large.length} characters`);
      });
    }
  });

  describe('robustness', () => {
    it('returns nothing for empty text and an empty list', () => {
      assert.equal(findMentions('', proseOf(''), emptySentences(), indexOf([])).length, 0);
    });

    it('returns mentions inside the text, the same each time, for any text', () => {
      const pieces = fc.constantFrom('Donald Trump', "Trump's", 'Trump’', 'Sen.', 'Sen. Ab Cd', ' he ', '"', '“', '”', '\n', '\n\n',
        "the White House envoy", 'Zelensky', 'Kremlin aide', "O'", '-', '.', ' ', 'é', '\ud83d\ude00', '\ud800', 'Jr.');
      const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')));
      fc.assert(fc.property(text, (t) => {
        const prose = proseOf(t);
        const first = mentionList(findMentions(t, prose, sentencePerParagraph(prose), index));
        for (const m of first) {
          assert.ok(m.range.start >= 0 && m.range.start < m.range.end && m.range.end <= t.length);
        }
        assert.deepEqual(mentionList(findMentions(t, prose, sentencePerParagraph(prose), index)), first);
      }), { numRuns: 300 });
    });

    it('survives malformed entities and segments outside the text', () => {
      const broken = indexOf([
        { id: 'x', name: 'X Y', aliases: [42 as unknown as string, ''], descriptors: null as unknown as string[], misspellings: ['   '] },
      ]);
      const text = 'X Y met X.';
      const prose = proseFrom([{ range: { start: 0, end: 99 }, segments: [{ start: 5, end: 2 }, { start: -4, end: 99 }], block: 'paragraph' }]);
      const found = mentionList(findMentions(text, prose, emptySentences(), broken));
      for (const m of found) assert.ok(m.range.start >= 0 && m.range.end <= text.length && m.range.start < m.range.end);
    });
  });
});
