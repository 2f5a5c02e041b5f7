// Every range an analysis holds, each labelled by where it sits, and the check that all of them lie
// inside the analysed text.
import assert from 'node:assert/strict';
import type { Analysis, Attribution, Range } from '../../../src/engine/types';
import { paragraphList, sentenceList } from '../helpers/prose';
import { mentionList } from '../../../src/engine/mentions/columns';
import { claimList } from '../../../src/engine/claims/columns';
import { quoteList } from '../../../src/engine/quotes/columns';

function attributionRanges(label: string, a: Attribution): Array<[string, Range | null]> {
  return [[`${label}.source`, a.source], [`${label}.cue`, a.cue]];
}

/** [label, range] for every range in the analysis; null where an optional range is absent. */
export function rangesOf(analysis: Analysis): Array<[string, Range | null]> {
  const out: Array<[string, Range | null]> = [];
  paragraphList(analysis.prose).forEach((p, i) => {
    out.push([`paragraph ${i}`, p.range]);
    p.segments.forEach((s, j) => out.push([`paragraph ${i} segment ${j}`, s]));
  });
  analysis.prose.citations.forEach((c, i) => out.push([`citation ${i}`, c]));
  analysis.prose.comments.forEach((c, i) => out.push([`comment ${i}`, c.range]));
  sentenceList(analysis.sentences).forEach((s, i) => out.push([`sentence ${i}`, s.range]));
  mentionList(analysis.mentions).forEach((m, i) => out.push([`mention ${i} (${m.name})`, m.range]));
  quoteList(analysis.quotes).forEach((q, i) => {
    out.push([`quote ${i}.range`, q.range], [`quote ${i}.content`, q.content], ...attributionRanges(`quote ${i}`, q));
  });
  claimList(analysis.claims).forEach((c, i) => {
    out.push([`claim ${i}.range`, c.range], [`claim ${i}.content`, c.content], [`claim ${i}.hedge`, c.hedge]);
    out.push(...attributionRanges(`claim ${i}`, c));
  });
  analysis.diagnostics.forEach((d, i) => {
    out.push([`finding ${i} (${d.rule})`, d.range], [`finding ${i} (${d.rule}) fix`, d.fix ? d.fix.range : null]);
  });
  return out;
}

/** Asserts every range is whole numbers with 0 ≤ start ≤ end ≤ text length, and the indexes point at something. */
export function assertInside(text: string, analysis: Analysis): void {
  assert.equal(analysis.length, text.length, 'analysis.length');
  for (const [label, range] of rangesOf(analysis)) {
    if (range === null) continue;
    const { start, end } = range;
    assert.ok(
      Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= text.length,
      `${label} is [${start}, ${end}) in a text of ${text.length}: ${JSON.stringify(text.slice(0, 200))}`,
    );
  }
  const paragraphs = analysis.prose.paragraphs.length;
  const { sentences } = analysis;
  assert.ok(sentences.starts.length === sentences.length && sentences.ends.length === sentences.length
    && sentences.paragraphs.length === sentences.length, 'sentence columns of one length');
  sentenceList(sentences).forEach((s, i) => assert.ok(s.paragraph >= 0 && s.paragraph < paragraphs, `sentence ${i} paragraph ${s.paragraph}`));
  quoteList(analysis.quotes).forEach((q, i) => {
    assert.ok(q.firstParagraph >= 0 && q.firstParagraph <= q.lastParagraph && q.lastParagraph < paragraphs,
      `quote ${i} paragraphs ${q.firstParagraph}–${q.lastParagraph} of ${paragraphs}`);
  });
}
