// Every mention in the report (../shared/seed/report.txt) with the bundled entity list, written out by
// reading the report: the words, the kind, the entity, and the paragraph (¶ as the SPEC numbers them).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'mocha';
import { compileEntities } from '../../src/engine/entities/compile';
import { parseEntityFile } from '../../src/engine/entities/load';
import { findMentions } from '../../src/engine/mentions';
import { extractProse } from '../../src/engine/prose';
import { splitSentences } from '../../src/engine/sentences';
import type { MentionKind } from '../../src/engine/types';
import { mentionList } from '../../src/engine/mentions/columns';

const repoRoot = join(__dirname, '..', '..');
const report = readFileSync(join(repoRoot, '..', 'shared', 'seed', 'report.txt'), 'utf8');
const { list } = parseEntityFile(readFileSync(join(repoRoot, 'data', 'entities.yaml'), 'utf8'), 'data/entities.yaml');

/** [words, kind, entity, ¶]; a possessive is marked by its ending in the words. */
type Expected = [string, MentionKind, string | null, number];

const EXPECTED: Expected[] = [
  // ¶1: the dateline, the credit line's agency, and the head of the delegation, named across a line break.
  ['KYIV', 'name', 'kyiv', 1],
  ['Reuters', 'name', 'reuters', 1],
  ['U.S.', 'alias', 'united-states', 1],
  ['Russia', 'name', 'russia', 1],
  ["the head of Kyiv's delegation", 'descriptor', 'rustem-umerov', 1],
  ["Kyiv's", 'name', 'kyiv', 1],
  ['Rustem\nUmerov', 'name', 'rustem-umerov', 1],
  // ¶2
  ['Umerov', 'surname', 'rustem-umerov', 2],
  ['the United States', 'alias', 'united-states', 2],
  ["Kyiv's", 'name', 'kyiv', 2],
  // ¶3: Umerov's quote and its attribution.
  ['Umerov', 'surname', 'rustem-umerov', 3],
  ['Ukraine’s', 'name', 'ukraine', 3],
  // ¶4: "U.S. President" is Trump's own title before his name, so it refers to him (and holds "U.S.").
  ['U.S. President', 'descriptor', 'donald-trump', 4],
  ['U.S.', 'alias', 'united-states', 4],
  ["Donald Trump's", 'name', 'donald-trump', 4],
  // ¶5: likewise "White House envoy" before Witkoff's name; "Trump's son-in-law" is set off by commas.
  ['White House envoy', 'descriptor', 'steve-witkoff', 5],
  ['White House', 'name', 'white-house', 5],
  ['Steve Witkoff', 'name', 'steve-witkoff', 5],
  ["Trump's son-in-law", 'descriptor', 'jared-kushner', 5],
  ["Trump's", 'surname', 'donald-trump', 5],
  ['Jared Kushner', 'name', 'jared-kushner', 5],
  ['Berlin', 'name', 'berlin', 5],
  // ¶6
  ['Volodymyr Zelenskiy', 'name', 'volodymyr-zelenskiy', 6],
  ['Ukraine', 'name', 'ukraine', 6],
  ['the United States', 'alias', 'united-states', 6],
  ['Ukraine', 'name', 'ukraine', 6],
  ['he', 'pronoun', 'volodymyr-zelenskiy', 6],
  // ¶7: "Russian President" is Putin's title before his name.
  ['Russian President', 'descriptor', 'vladimir-putin', 7],
  ['Vladimir Putin', 'name', 'vladimir-putin', 7],
  ['his', 'pronoun', 'vladimir-putin', 7],
  ['Ukraine', 'name', 'ukraine', 7],
  ['Ukraine', 'name', 'ukraine', 7],
  ['Europe', 'name', 'europe', 7],
  // ¶8
  ['Witkoff', 'surname', 'steve-witkoff', 8],
  ['Kushner', 'surname', 'jared-kushner', 8],
  ['Miami', 'name', 'miami', 8],
  ['White House', 'name', 'white-house', 8],
  // ¶9: "U.S. Secretary of State" is Rubio's title before his name.
  ['U.S. Secretary of State', 'descriptor', 'marco-rubio', 9],
  ['U.S.', 'alias', 'united-states', 9],
  ['Marco Rubio', 'name', 'marco-rubio', 9],
  ['he', 'pronoun', 'marco-rubio', 9],
  ['Ukraine', 'name', 'ukraine', 9],
  ['he', 'pronoun', 'marco-rubio', 9],
  // ¶10: inside Rubio's quote "They" is his own word, not resolved; then the attribution.
  ['Ukraine', 'name', 'ukraine', 10],
  ['Russia', 'name', 'russia', 10],
  ['Rubio', 'surname', 'marco-rubio', 10],
  // ¶11 names nobody. ¶12: the credits.
  ['Yuliia Dysa', 'name', 'yuliia-dysa', 12],
  ['Olena Harmash', 'name', 'olena-harmash', 12],
  ['Simon Lewis', 'name', 'simon-lewis', 12],
  ['Daphne Psaledakis', 'name', 'daphne-psaledakis', 12],
  ['Washington', 'name', 'washington', 12],
  ['Kevin Liffey', 'name', 'kevin-liffey', 12],
  ['Diane Craft', 'name', 'diane-craft', 12],
];

describe('mentions in the report', () => {
  const prose = extractProse(report, 'plaintext');
  const sentences = splitSentences(report, prose);
  const mentions = mentionList(findMentions(report, prose, sentences, compileEntities(list)));

  it('finds every mention, in order, with its kind, entity and paragraph', () => {
    const actual = mentions.map((m): Expected => [
      report.slice(m.range.start, m.range.end), m.kind, m.entity, sentences.paragraphs[m.sentence]! + 1,
    ]);
    assert.deepEqual(actual, EXPECTED);
  });

  it('marks exactly the possessives', () => {
    const possessives = mentions.filter((m) => m.possessive).map((m) => report.slice(m.range.start, m.range.end));
    assert.deepEqual(possessives, ["Kyiv's", "Kyiv's", 'Ukraine’s', "Donald Trump's", "Trump's", 'his']);
  });

  it('puts each mention inside its sentence', () => {
    for (const m of mentions) {
      const sentence = { start: sentences.starts[m.sentence]!, end: sentences.ends[m.sentence]! };
      assert.ok(sentence.start <= m.range.start && m.range.end <= sentence.end, report.slice(m.range.start, m.range.end));
    }
  });

  it('finds no misspellings and no unlisted people in the report', () => {
    assert.deepEqual(mentions.filter((m) => m.kind === 'misspelling' || m.kind === 'unlisted'), []);
  });
});
