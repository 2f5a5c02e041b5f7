// The bundled list (data/entities.yaml) against the report it is taken from (../shared/seed/report.txt).
// Every expectation here was written by reading the report; the facts and quotes are then checked
// against the paragraph each one cites.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'mocha';
import { BUNDLED_SOURCE_IDS, parseEntityFile } from '../../../src/engine/entities/load';
import type { Entity } from '../../../src/engine/types';

const repoRoot = join(__dirname, '..', '..', '..');
const bundledText = readFileSync(join(repoRoot, 'data', 'entities.yaml'), 'utf8');
const reportPath = join(repoRoot, '..', 'shared', 'seed', 'report.txt');
const { list, problems } = parseEntityFile(bundledText, 'data/entities.yaml');

function entity(id: string): Entity {
  const found = list.entities.find((e) => e.id === id);
  assert.ok(found, `the bundled list has ${id}`);
  return found;
}

/** The report's paragraphs as the SPEC numbers them: ¶1 is lines 1–2, then one paragraph a line. */
function reportParagraphs(report: string): string[] {
  const lines = report.split(/\r?\n/).filter((line) => line.trim() !== '');
  return [`${lines[0]} ${lines[1]}`, ...lines.slice(2)];
}

describe('bundled entity list', () => {
  it('loads with no problems', () => {
    assert.deepEqual(problems, []);
  });

  it('has the one source, the report, and BUNDLED_SOURCE_IDS agrees', () => {
    assert.deepEqual(list.sources.map((s) => s.id), ['report']);
    assert.deepEqual([...BUNDLED_SOURCE_IDS], ['report']);
    const [report] = list.sources;
    assert.equal(report.publisher, 'Reuters');
    assert.equal(report.dateline, 'KYIV, Dec 19');
  });

  // Each official as the report names and titles them.
  const officials: Array<[id: string, name: string, title: string | undefined, affiliation: string | undefined]> = [
    ['rustem-umerov', 'Rustem Umerov', "head of Kyiv's delegation", 'Ukraine'], // ¶1
    ['donald-trump', 'Donald Trump', 'U.S. President', 'United States'], // ¶4
    ['steve-witkoff', 'Steve Witkoff', 'White House envoy', 'White House'], // ¶5
    ['jared-kushner', 'Jared Kushner', undefined, undefined], // ¶5: only "Trump's son-in-law"
    ['volodymyr-zelenskiy', 'Volodymyr Zelenskiy', 'President', 'Ukraine'], // ¶6
    ['vladimir-putin', 'Vladimir Putin', 'Russian President', 'Russia'], // ¶7
    ['marco-rubio', 'Marco Rubio', 'U.S. Secretary of State', 'United States'], // ¶9
  ];
  for (const [id, name, title, affiliation] of officials) {
    it(`has the official ${name}`, () => {
      const e = entity(id);
      assert.equal(e.name, name);
      assert.equal(e.type, 'person');
      assert.equal(e.role, 'official');
      assert.equal(e.title, title);
      assert.equal(e.affiliation, affiliation);
      assert.equal(e.pronoun, 'he');
    });
  }

  it("keeps the report's other titles and descriptors", () => {
    assert.ok(entity('donald-trump').titles.includes('President'));
    assert.ok(entity('marco-rubio').titles.includes('Secretary of State'));
    assert.ok(entity('jared-kushner').descriptors.includes("Trump's son-in-law"));
    assert.ok(entity('steve-witkoff').descriptors.includes('White House envoy'));
    assert.ok(entity('rustem-umerov').descriptors.includes("head of Kyiv's delegation"));
    assert.ok(entity('marco-rubio').descriptors.includes('U.S. Secretary of State'));
  });

  it('spells Zelenskiy the house way and lists the other spellings as misspellings', () => {
    const zelenskiy = entity('volodymyr-zelenskiy');
    for (const variant of ['Zelensky', 'Zelenskyy', 'Zelenskii']) assert.ok(zelenskiy.misspellings.includes(variant), variant);
  });

  // ¶12: "(Reporting by Yuliia Dysa, Olena Harmash; Additional reporting by Simon Lewis and Daphne
  // Psaledakis in Washington; Editing by Kevin Liffey and Diane Craft)"
  const journalists: Array<[id: string, name: string, credit: string]> = [
    ['yuliia-dysa', 'Yuliia Dysa', 'Reported this story'],
    ['olena-harmash', 'Olena Harmash', 'Reported this story'],
    ['simon-lewis', 'Simon Lewis', 'Additional reporting, in Washington'],
    ['daphne-psaledakis', 'Daphne Psaledakis', 'Additional reporting, in Washington'],
    ['kevin-liffey', 'Kevin Liffey', 'Edited this story'],
    ['diane-craft', 'Diane Craft', 'Edited this story'],
  ];
  for (const [id, name, credit] of journalists) {
    it(`has the journalist ${name}`, () => {
      const e = entity(id);
      assert.equal(e.name, name);
      assert.equal(e.type, 'person');
      assert.equal(e.role, 'journalist');
      assert.deepEqual(e.facts, [{ text: credit, ref: { source: 'report', paragraph: 12, raw: 'report#p12' } }]);
    });
  }

  it('has the organizations and places the report names', () => {
    const byType = (type: Entity['type']) => list.entities.filter((e) => e.type === type).map((e) => e.name).sort();
    assert.deepEqual(byType('organization'), ['Reuters', 'White House']);
    assert.deepEqual(byType('place'), ['Berlin', 'Europe', 'Kyiv', 'Miami', 'Russia', 'Ukraine', 'United States', 'Washington']);
    assert.equal(list.entities.filter((e) => e.type === 'person').length, 13);
  });

  it("has Umerov's two quotes from ¶3 and Rubio's from ¶10 and ¶11", () => {
    const cited = (id: string) => entity(id).quotes.map((q) => q.ref?.paragraph);
    assert.deepEqual(cited('rustem-umerov'), [3, 3]);
    assert.deepEqual(cited('marco-rubio'), [10, 11]);
    assert.ok(entity('rustem-umerov').quotes[0].text.startsWith('We are constructively minded.'));
    assert.ok(entity('rustem-umerov').quotes[1].text.includes('Ukraine’s security must be guaranteed'));
  });

  describe('every fact and quote against the paragraph it cites', function () {
    if (!existsSync(reportPath)) {
      it('needs ../shared/seed/report.txt beside the checkout', function () {
        this.skip();
      });
      return;
    }
    const paragraphs = reportParagraphs(readFileSync(reportPath, 'utf8'));

    it('numbers the report as the SPEC does (12 paragraphs, ¶1 across two lines)', () => {
      assert.equal(paragraphs.length, 12);
      assert.ok(paragraphs[0].startsWith('KYIV, Dec 19 (Reuters)') && paragraphs[0].endsWith('Rustem Umerov.'));
      assert.ok(paragraphs[11].startsWith('(Reporting by'));
    });

    for (const e of list.entities) {
      for (const [index, quote] of e.quotes.entries()) {
        it(`${e.id} quote ${index + 1} is in ¶${quote.ref?.paragraph} word for word`, () => {
          const paragraph = cited(paragraphs, quote.ref?.paragraph);
          // A quote's closing comma before its attribution is stored as a full stop.
          assert.ok(paragraph.includes(quote.text.replace(/[.,]$/, '')), `not in ¶${quote.ref?.paragraph}: ${quote.text}`);
        });
      }
      for (const [index, fact] of e.facts.entries()) {
        it(`${e.id} fact ${index + 1} is supported by ¶${fact.ref?.paragraph}`, () => {
          const paragraph = cited(paragraphs, fact.ref?.paragraph);
          assertSupported(fact.text, paragraph);
        });
      }
    }
  });
});

function cited(paragraphs: string[], paragraph: number | null | undefined): string {
  assert.ok(paragraph !== null && paragraph !== undefined, 'the fact cites a paragraph');
  assert.ok(paragraph >= 1 && paragraph <= paragraphs.length, `¶${paragraph} exists`);
  return paragraphs[paragraph - 1];
}

const STOP_WORDS = new Set(
  'a an the and or but of in on at to for with by from as is are was were be been has had have this that these those its his her their he she it they who which than then there here also'.split(' '),
);

/** Words by which a fact names the report itself ("Reported this story"), not something in it. */
const SELF_REFERENCE = new Set(['story', 'report']);

/** A crude stem, so "Reported" matches "Reporting" and "Edited" matches "Editing". */
function stem(word: string): string {
  const lower = word.toLowerCase().replace(/['’]s$/, '');
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (lower.length - suffix.length >= 3 && lower.endsWith(suffix)) return lower.slice(0, -suffix.length);
  }
  return lower;
}

/**
 * A fact is supported by a paragraph when every name and number in it appears there, and most of
 * its other words do (a fact may be worded as a summary, never beyond what the paragraph says).
 */
function assertSupported(fact: string, paragraph: string): void {
  const paragraphStems = new Set((paragraph.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).map((w) => stem(w.replace(/[.]$/, ''))));
  const words = (fact.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).map((w) => w.replace(/[.]$/, ''));
  const missingNames: string[] = [];
  let content = 0;
  let found = 0;
  for (const [index, word] of words.entries()) {
    const isName = (index > 0 && /^\p{Lu}/u.test(word)) || /\p{N}/u.test(word);
    const present = paragraphStems.has(stem(word));
    if (isName && !present) missingNames.push(word);
    if (STOP_WORDS.has(word.toLowerCase()) || SELF_REFERENCE.has(word.toLowerCase())) continue;
    content++;
    if (present) found++;
  }
  assert.deepEqual(missingNames, [], `names or numbers of "${fact}" missing from: ${paragraph}`);
  assert.ok(found >= content * 0.6, `only ${found} of ${content} words of "${fact}" are in: ${paragraph}`);
}
