import * as assert from 'node:assert/strict';
import { mentionsOf } from '../../src/engine/mentions/columns';
import { noQuotes, quotesOf } from '../../src/engine/quotes/columns';
import { mentionUnder, quoteUnder } from '../../src/vscode/lookup';
import { mention, quote } from './fixtures';

describe('what lies under the cursor', () => {
  const text = `Trump's son-in-law, Jared Kushner, said "it went well" and "talks go on."`;
  const outer = mention(text, "Trump's son-in-law", { entity: 'jared-kushner', name: 'Jared Kushner', kind: 'descriptor' });
  const inner = mention(text, "Trump's", { entity: 'donald-trump', name: 'Donald Trump', kind: 'name', possessive: true });
  const kushner = mention(text, 'Jared Kushner', { entity: 'jared-kushner', name: 'Jared Kushner', kind: 'name' });
  const mentions = mentionsOf([outer, inner, kushner]);
  const quoteObjects = [quote(text, 'it went well'), quote(text, 'talks go on.')];
  const quotes = quotesOf(quoteObjects);

  const cases: [string, number, string | undefined][] = [
    ['the innermost of nested mentions', text.indexOf('Trump'), 'donald-trump'],
    ['the outer mention past the inner one', text.indexOf('son-in-law'), 'jared-kushner'],
    ['a plain name', text.indexOf('Kushner'), 'jared-kushner'],
    ['nothing between mentions', text.indexOf('said'), undefined],
    ['nothing at the end offset of a mention', text.indexOf(', said'), undefined],
  ];
  for (const [what, offset, entity] of cases) {
    it(`finds ${what}`, () => assert.equal(mentionUnder(mentions, offset)?.entity ?? undefined, entity));
  }

  it('finds the quote around an offset, and none between quotes', () => {
    assert.deepEqual(quoteUnder(quotes, text.indexOf('went')), quoteObjects[0]);
    assert.deepEqual(quoteUnder(quotes, text.indexOf('go on')), quoteObjects[1]);
    assert.equal(quoteUnder(quotes, text.indexOf(' and ')), undefined);
    assert.equal(quoteUnder(noQuotes(), 0), undefined);
  });
});
