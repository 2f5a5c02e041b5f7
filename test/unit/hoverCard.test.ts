import * as assert from 'node:assert/strict';
import { entityCard, quoteCard, unlistedCard } from '../../src/vscode/hoverCard';
import { quoteAt } from '../../src/engine/quotes/columns';
import { escapeMarkdown } from '../../src/vscode/markdownText';
import { emptyAnalysis, indexOf, mention, person, quote, rangeOf } from './fixtures';

const umerov = person({
  id: 'rustem-umerov',
  name: 'Rustem Umerov',
  role: 'official',
  title: "head of Kyiv's delegation",
  affiliation: 'Ukraine',
  facts: [{ text: 'In the United States for the talks', ref: { source: 'report', paragraph: 2, raw: 'report#p2' } }],
});
const index = indexOf([umerov]);

const text = 'Rustem Umerov arrived. "We are constructively minded," Umerov said. Umerov left.';
const analysis = emptyAnalysis(text, {
  mentions: [
    mention(text, 'Rustem Umerov', { entity: 'rustem-umerov', name: 'Rustem Umerov', kind: 'name' }),
    mention(text, 'Umerov', { entity: 'rustem-umerov', name: 'Rustem Umerov', kind: 'surname' }, 2),
    mention(text, 'Umerov', { entity: 'rustem-umerov', name: 'Rustem Umerov', kind: 'surname' }, 3),
  ],
  quotes: [
    quote(text, 'We are constructively minded,', {
      speaker: { name: 'Rustem Umerov', entity: 'rustem-umerov' },
      method: 'named',
      source: rangeOf(text, 'Umerov', 2),
      cue: rangeOf(text, 'said'),
    }),
  ],
});

describe('hover card of a listed person', () => {
  const card = entityCard(umerov, index, { text, analysis });
  const cases: [string, string][] = [
    ['name and title', "**Rustem Umerov** — head of Kyiv's delegation"],
    ['affiliation and role', 'Ukraine · official'],
    ['how the draft refers to him', 'In this draft: “Rustem Umerov”, “Umerov” ×2'],
    ['what he is quoted saying here', '> “We are constructively minded,”'],
    ['a fact with its report paragraph', '- In the United States for the talks — Reuters, KYIV, Dec 19, ¶2'],
  ];
  for (const [what, expected] of cases) {
    it(`shows ${what}`, () => assert.ok(card.includes(expected), `${JSON.stringify(expected)} in\n${card}`));
  }

  it('leaves out the draft sections outside a draft (completion documentation)', () => {
    const bare = entityCard(umerov, index);
    assert.ok(!bare.includes('In this draft'));
    assert.ok(bare.includes('In the United States for the talks'));
  });

  it('names the house spelling on a misspelling', () => {
    const t = 'Umarov said so.';
    const m = mention(t, 'Umarov', { entity: 'rustem-umerov', name: 'Rustem Umerov', kind: 'misspelling', fix: 'Umerov' });
    assert.ok(entityCard(umerov, index, { text: t, analysis: emptyAnalysis(t, { mentions: [m] }) }, m).includes('House spelling: **Umerov** (not “Umarov”)'));
  });
});

describe('hover card of an unlisted person', () => {
  const t = 'Kremlin aide Yuri Ushakov said on Saturday.';
  const card = unlistedCard(mention(t, 'Yuri Ushakov', { entity: null, name: 'Yuri Ushakov', kind: 'unlisted', title: 'Kremlin aide' }));
  it('gives the name and title as written', () => assert.ok(card.startsWith('**Yuri Ushakov** — Kremlin aide')));
  it('says they are not in the entity list', () => assert.ok(card.includes('Not in the entity list')));
});

describe('hover card of a quote', () => {
  it('names the speaker, title, method and cue', () => {
    const card = quoteCard(quoteAt(analysis.quotes, 0), index, text);
    assert.equal(card, "Quote — **Rustem Umerov**, head of Kyiv's delegation\n\nSpeaker: named in the text · source “Umerov” · cue “said”");
  });
  it('says when nobody is found', () => {
    const t = '"We can\'t force Ukraine to make a deal."';
    assert.ok(quoteCard(quote(t, "We can't force Ukraine to make a deal."), index, t).startsWith('**Unattributed quote**'));
  });
  it('shows an unnamed source as written', () => {
    const t = '"Talks go on," a senior official said.';
    const q = quote(t, 'Talks go on,', { method: 'anonymous', source: rangeOf(t, 'a senior official'), cue: rangeOf(t, 'said') });
    assert.equal(quoteCard(q, index, t), 'Quote — **a senior official**\n\nSpeaker: unnamed source · cue “said”');
  });
  it('names the speaker a quote continues from, with no source of its own', () => {
    const t = '"Talks go on," Umerov said.\n\n"We are ready."';
    const q = quote(t, 'We are ready.', { speaker: { name: 'Rustem Umerov', entity: 'rustem-umerov' }, method: 'continuation' });
    assert.equal(quoteCard(q, index, t), "Quote — **Rustem Umerov**, head of Kyiv's delegation\n\nSpeaker: continues the previous quote");
  });
  it('shows a description that names nobody as written, attributed', () => {
    const t = '"We are ready," the senator said.';
    const q = quote(t, 'We are ready,', { method: 'descriptor', source: rangeOf(t, 'the senator'), cue: rangeOf(t, 'said') });
    assert.equal(quoteCard(q, index, t), 'Quote — **the senator**\n\nSpeaker: by a description · no name found · cue “said”');
  });
});

describe('text from entity files cannot become markup', () => {
  const hostile: [string, string, string][] = [
    ['a link', '[click](https://evil.example)', '\\[click\\]\\(https\\://evil\\.example\\)'],
    ['a command link', '[run](command:workbench.action.terminal.new)', '\\[run\\]\\(command:workbench\\.action\\.terminal\\.new\\)'],
    ['HTML', '<img src=x onerror=alert(1)>', '\\<img src=x onerror=alert\\(1\\)\\>'],
    ['an entity', '&lt;b&gt;', '&amp;lt;b&amp;gt;'],
    ['emphasis and code', '*bold* `code` _it_', '\\*bold\\* \\`code\\` \\_it\\_'],
    ['a bare URL', 'see https://evil.example now', 'see https\\://evil\\.example now'],
    ['a line break that would start a block', 'one\n# heading', 'one \\# heading'],
  ];
  for (const [what, input, expected] of hostile) {
    it(`escapes ${what}`, () => assert.equal(escapeMarkdown(input), expected));
  }

  it('escapes every field of a card', () => {
    const evil = person({ id: 'x', name: '[X](command:evil)', title: '<b>t</b>', affiliation: '**a**', facts: [{ text: '![i](http://x/i.png)', ref: null }] });
    const card = entityCard(evil, indexOf([evil]));
    for (const raw of ['[X](', '<b>', '**a**', '![i]']) assert.ok(!card.includes(raw), `${raw} escaped in\n${card}`);
  });
});
