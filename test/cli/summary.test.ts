// The draft summary every surface shows (CLI summary line, code lens, status bar).
import assert from 'node:assert/strict';
import { emptySummary, formatFindingCounts, formatSummary, summarize } from '../../src/engine/report';
import type { Claim, Finding, Quote } from '../../src/engine/types';
import { claimsOf, noClaims } from '../../src/engine/claims/columns';
import { noQuotes, quotesOf } from '../../src/engine/quotes/columns';

/** A quote that only its method and scare flag tell apart from the others. */
const quote = (method: Quote['method'], scare = false): Quote => ({
  range: { start: 0, end: 2 }, content: { start: 1, end: 1 }, closed: true, firstParagraph: 0, lastParagraph: 0,
  scare, speaker: null, source: null, cue: null, method,
});
const claim = (status: Claim['status']): Claim => ({ range: { start: 0, end: 1 }, content: null, status, hedged: false, hedge: null, speaker: null, source: null, cue: null, method: 'none' });
const finding = (severity: Finding['severity']) => ({ severity }) as Finding;

describe('draft summary', () => {
  it('counts quotes that need a speaker, attributed ones, unsourced claims and findings by severity', () => {
    const s = summarize({
      quotes: quotesOf([quote('named'), quote('continuation'), quote('anonymous'), quote('none'), quote('none', true)]),
      claims: claimsOf([claim('attributed'), claim('unattributed'), claim('verified'), claim('unattributed')]),
      diagnostics: [finding('error'), finding('warning'), finding('warning'), finding('hint')],
    });
    assert.deepEqual(s, { quotes: 4, attributed: 3, anonymous: 1, claims: 4, unsourcedClaims: 2, findings: { error: 1, warning: 2, information: 0, hint: 1 } });
    assert.equal(formatSummary(s), '4 quotes · 3 attributed · 2 unsourced claims');
    assert.equal(formatFindingCounts(s.findings), '1 error, 2 warnings, 0 information, 1 hint');
  });

  it('adds up over several drafts, with singulars', () => {
    const total = emptySummary();
    summarize({ quotes: quotesOf([quote('named')]), claims: noClaims(), diagnostics: [] }, total);
    summarize({ quotes: noQuotes(), claims: claimsOf([claim('unattributed')]), diagnostics: [finding('information')] }, total);
    assert.equal(formatSummary(total, ', '), '1 quote, 1 attributed, 1 unsourced claim');
    assert.equal(formatFindingCounts(total.findings), '0 errors, 0 warnings, 1 information, 0 hints');
  });
});
