// Hover cards on the report draft (SPEC §1 job 1, §4): each name, possessive and descriptor shows the
// card of the person the report means, with the title the report gives. Expectations are read from
// the report's text.
import * as assert from 'node:assert/strict';
import { hoverCardsAt } from '../harness/vscode-helpers';

interface HoverCase {
  what: string;
  phrase: string;
  /** Which appearance of the phrase in the draft (1-based). */
  occurrence: number;
  name: string;
  /** The title the report gives, expected beside the name at the head of the card (any case). */
  title?: string;
  /** For a person the report describes without a title: the description, anywhere in the card. */
  described?: string;
  /** Why the case is known not to pass yet: it shows as pending, not as passing. */
  knownGap?: string;
}

const reportCases: HoverCase[] = [
  { what: 'a full name broken across lines', phrase: 'Umerov', occurrence: 1, name: 'Rustem Umerov', title: "head of Kyiv's delegation" },
  { what: 'a surname after first reference', phrase: 'Umerov', occurrence: 2, name: 'Rustem Umerov', title: "head of Kyiv's delegation" },
  { what: 'a name after its title', phrase: 'Zelenskiy', occurrence: 1, name: 'Volodymyr Zelenskiy', title: 'President' },
  { what: 'a possessive full name', phrase: "Trump's", occurrence: 1, name: 'Donald Trump', title: 'U.S. President' },
  { what: 'a possessive inside a descriptor (the innermost mention)', phrase: "Trump's", occurrence: 2, name: 'Donald Trump', title: 'U.S. President' },
  { what: "a descriptor standing as its holder's title", phrase: 'envoy', occurrence: 1, name: 'Steve Witkoff', title: 'White House envoy' },
  { what: 'a full name after its title', phrase: 'Witkoff', occurrence: 1, name: 'Steve Witkoff', title: 'White House envoy' },
  { what: 'a name after a descriptor', phrase: 'Kushner', occurrence: 1, name: 'Jared Kushner', described: "Trump's son-in-law" },
  { what: 'a name after a long title', phrase: 'Rubio', occurrence: 1, name: 'Marco Rubio', title: 'Secretary of State' },
  { what: 'a surname as a speaker', phrase: 'Rubio', occurrence: 2, name: 'Marco Rubio', title: 'Secretary of State' },
];

describe('hover cards', () => {
  describe('on report.md', () => {
    for (const c of reportCases) {
      const test = c.knownGap ? it.skip : it;
      test(`${c.what}: "${c.phrase}" #${c.occurrence} → ${c.name}${c.knownGap ? ` (pending: ${c.knownGap})` : ''}`, async () => {
        const cards = await hoverCardsAt('report.md', c.phrase, c.occurrence);
        const card = cards[0]!;
        // Who it is comes first: the card's opening paragraph has the name and the title.
        const head = card.split(/\n\s*\n/)[0]!;
        assert.ok(head.includes(c.name), `the first card opens with ${c.name}:\n${card}`);
        if (c.title) assert.ok(head.toLowerCase().includes(c.title.toLowerCase()), `the card opens with "${c.title}":\n${card}`);
        if (c.described) assert.ok(card.includes(c.described), `the card says "${c.described}":\n${card}`);
        assert.doesNotMatch(card, /not in the entity list/i);
      });
    }
  });

  describe('on a person the list does not hold', () => {
    it('"Kremlin aide Yuri Ushakov" gets a card saying he is not in the entity list', async () => {
      const cards = await hoverCardsAt('unlisted.md', 'Ushakov');
      const card = cards[0]!;
      assert.ok(card.includes('Yuri Ushakov'), card);
      assert.ok(card.includes('Kremlin aide'), card);
      assert.match(card, /not in the entity list/i);
    });
  });
});
