import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { parseBrat } from '../../scripts/eval/brat';
import { goldQuotes, metrics, scoreArticle, speakerIsRight } from '../../scripts/eval/score';
import type { Claim, Quote, Range } from '../../src/engine/types';
import { claimsOf, noClaims } from '../../src/engine/claims/columns';
import { noQuotes, quotesOf } from '../../src/engine/quotes/columns';

// A tiny hand-made article and its gold annotation.
//          0         1         2         3         4         5         6
//          0123456789012345678901234567890123456789012345678901234567890123
const text = '"We will win," Smith said. Taxes rose, officials said. A "so-called" plan.';
const ann = [
  'T1\tContent 0 14\t"We will win,"',
  'T2\tSource 15 20\tSmith',
  'T3\tCue 21 25\tsaid',
  'T4\tAttribution 21 25\tsaid',
  'E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2',
  'T5\tContent 27 37\tTaxes rose',
  'T6\tSource 39 48\tofficials',
  'T7\tCue 49 53\tsaid',
  'T8\tAttribution 49 53\tsaid',
  'E2\tAttribution:T8 Content:T5 Cue:T7 Source:T6',
  'T9\tDiscard 55 74\tA "so-called" plan.',
].join('\n');

function quote(range: Range, source: Range | null, name: string | null, scare = false): Quote {
  return {
    range,
    content: { start: range.start + 1, end: range.end - 1 },
    closed: true,
    firstParagraph: 0,
    lastParagraph: 0,
    scare,
    speaker: name ? { name, entity: null } : null,
    source,
    cue: null,
    method: name ? 'named' : 'none',
  };
}

function claim(range: Range, content: Range | null, status: Claim['status']): Claim {
  return { range, content, status, hedged: false, hedge: null, speaker: null, source: null, cue: null, method: 'anonymous' };
}

describe('eval scoring', () => {
  const gold = parseBrat(ann);

  it('reads relations with their content, source and cue spans', () => {
    assert.equal(gold.length, 2);
    assert.deepEqual(gold[0], { content: [{ start: 0, end: 14 }], source: [{ start: 15, end: 20 }], cue: [{ start: 21, end: 25 }] });
  });

  it('joins Content2 with Content and skips relations with no content', () => {
    const g = parseBrat('T1\tContent 10 20\tx\nT2\tContent 0 5\ty\nT3\tAttribution 6 7\tz\nE1\tAttribution:T3 Content:T1 Content2:T2\nE2\tAttribution:T3');
    assert.deepEqual(g, [{ content: [{ start: 0, end: 5 }, { start: 10, end: 20 }], source: [], cue: [] }]);
  });

  it('takes gold quotes from the marks inside Content, an unclosed one running to the fragment end', () => {
    assert.deepEqual(goldQuotes(text, gold).map((q) => q.range), [{ start: 0, end: 14 }]);
    const t = 'He said "this is open and "fine" later';
    const g = [{ content: [{ start: 8, end: 25 }], source: [], cue: [] }];
    assert.deepEqual(goldQuotes(t, g).map((q) => t.slice(q.range.start, q.range.end)), ['"this is open and']);
  });

  it('scores a perfect prediction, leaving out scare quotes', () => {
    const s = scoreArticle(text, gold, {
      quotes: quotesOf([quote({ start: 0, end: 14 }, { start: 15, end: 20 }, 'Smith'), quote({ start: 57, end: 68 }, null, null, true)]),
      claims: claimsOf([claim({ start: 27, end: 54 }, { start: 27, end: 37 }, 'anonymous')]),
    });
    assert.deepEqual(s.quotes, { gold: 1, predicted: 1, matched: 1, neutral: 0 });
    assert.deepEqual(s.speakers, { found: 1, right: 1 });
    assert.deepEqual(s.attributions, { gold: 2, predicted: 2, matched: 2, neutral: 0 });
  });

  it('counts a scare quote that is not flagged against precision', () => {
    const s = scoreArticle(text, gold, { quotes: quotesOf([quote({ start: 0, end: 14 }, null, null), quote({ start: 57, end: 68 }, null, null)]), claims: noClaims() });
    assert.deepEqual(s.quotes, { gold: 1, predicted: 2, matched: 1, neutral: 0 });
    assert.deepEqual(s.speakers, { found: 1, right: 0 });
    assert.deepEqual(metrics(s.quotes), { precision: 0.5, recall: 1, f1: 2 / 3 });
  });

  it('needs half of a gold quote covered to find it', () => {
    const s = scoreArticle(text, gold, { quotes: quotesOf([quote({ start: 0, end: 6 }, null, null)]), claims: noClaims() });
    assert.equal(s.quotes.matched, 0);
    // The short prediction lies inside the gold Content: neither right nor wrong.
    assert.equal(s.quotes.neutral, 1);
  });

  it('needs more than 30% of a gold Content covered for an attribution', () => {
    const exactly30 = scoreArticle(text, gold, { quotes: noQuotes(), claims: claimsOf([claim({ start: 27, end: 30 }, null, 'anonymous')]) });
    assert.equal(exactly30.attributions.matched, 0);
    const over30 = scoreArticle(text, gold, { quotes: noQuotes(), claims: claimsOf([claim({ start: 27, end: 31 }, null, 'anonymous')]) });
    assert.equal(over30.attributions.matched, 1);
  });

  it('judges speakers by source overlap or by the last word of the gold source', () => {
    const g = gold[0];
    assert.equal(speakerIsRight(text, g, { range: g.content[0], source: { start: 16, end: 18 }, speakerName: 'x' }), true);
    assert.equal(speakerIsRight(text, g, { range: g.content[0], source: null, speakerName: 'John Smith' }), true);
    assert.equal(speakerIsRight(text, g, { range: g.content[0], source: null, speakerName: 'Smithson' }), false);
    const noSource = { content: g.content, source: [], cue: [] };
    assert.equal(speakerIsRight(text, noSource, { range: g.content[0], source: null, speakerName: null }), true);
    assert.equal(speakerIsRight(text, noSource, { range: g.content[0], source: null, speakerName: 'Smith' }), false);
  });
});
