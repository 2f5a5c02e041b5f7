// The people of one analysis hand out one speaker object per person, so the quotes and claims of a
// person share it; what each speaker says (its name and entity) is exactly what was asked for.
import assert from 'node:assert/strict';
import { People } from '../../src/engine/attribution/people';
import type { AnalysisContext } from '../../src/engine/context';
import { analyze } from '../../src/engine/analyze';
import { emptyProse } from '../../src/engine/prose';
import { emptySentences } from '../../src/engine/sentences';
import { bundledIndex } from './properties/bundled';
import { noMentions } from '../../src/engine/mentions/columns';
import { noQuotes, quoteList } from '../../src/engine/quotes/columns';

function people(): People {
  const ctx: AnalysisContext = {
    text: '',
    kind: 'markdown',
    index: bundledIndex,
    prose: emptyProse(),
    sentences: emptySentences(),
    mentions: noMentions(),
    quotes: noQuotes(),
  };
  return new People(ctx);
}

describe('people: one speaker per person', () => {
  const CASES: Array<[what: string, ask: (p: People) => [ReturnType<People['speaker']>, ReturnType<People['speaker']>], same: boolean]> = [
    ['an unlisted name asked for twice', (p) => [p.speaker('Jane Doe', null), p.speaker('Jane Doe', null)], true],
    ['two unlisted names', (p) => [p.speaker('Jane Doe', null), p.speaker('John Doe', null)], false],
    ['a listed person asked for twice', (p) => [p.speaker('Marco Rubio', 'marco-rubio'), p.speaker('Marco Rubio', 'marco-rubio')], true],
    ['a listed person and an unlisted one of the same name', (p) => [p.speaker('Marco Rubio', 'marco-rubio'), p.speaker('Marco Rubio', null)], false],
    ['a listed person under another name', (p) => [p.speaker('Marco Rubio', 'marco-rubio'), p.speaker('Rubio', 'marco-rubio')], false],
    ['a name read with a title and the name alone', (p) => [p.person('Financial Officer Raj Mehta', null), p.speaker('Raj Mehta', null)], true],
  ];
  for (const [what, ask, same] of CASES) {
    it(`${what}: ${same ? 'one object' : 'two'}`, () => {
      const [a, b] = ask(people());
      assert.equal(a === b, same);
    });
  }

  it('gives each speaker the name and entity asked for', () => {
    const p = people();
    p.speaker('Marco Rubio', 'marco-rubio');
    assert.deepEqual(p.speaker('Rubio', 'marco-rubio'), { name: 'Rubio', entity: 'marco-rubio' });
    assert.deepEqual(p.person('Financial Officer Raj Mehta', null), { name: 'Raj Mehta', entity: null });
    assert.deepEqual(p.person('Marco Rubio', 'marco-rubio'), { name: 'Marco Rubio', entity: 'marco-rubio' });
  });

  it('shares one speaker among a person\'s quotes in an analysis', () => {
    const text = '"We are ready," Jane Doe said.\n\n"We leave Friday," Jane Doe said.\n';
    const quotes = quoteList(analyze(text, 'markdown', bundledIndex).quotes);
    assert.equal(quotes.length, 2);
    assert.deepEqual(quotes[0]!.speaker, { name: 'Jane Doe', entity: null });
    assert.equal(quotes[0]!.speaker, quotes[1]!.speaker);
  });
});
