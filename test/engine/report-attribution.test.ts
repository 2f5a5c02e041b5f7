// The report as a fixture: its quotes, speakers and claims, written by reading the report.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'mocha';
import { analyze } from '../../src/engine/analyze';
import { compileEntities } from '../../src/engine/entities/compile';
import { parseEntityFile } from '../../src/engine/entities/load';
import type { Claim, Range } from '../../src/engine/types';
import { claimList } from '../../src/engine/claims/columns';
import { quoteList } from '../../src/engine/quotes/columns';

const root = join(__dirname, '..', '..');
const text = readFileSync(join(root, '..', 'shared', 'seed', 'report.txt'), 'utf8');
const list = parseEntityFile(readFileSync(join(root, 'data', 'entities.yaml'), 'utf8'), 'data/entities.yaml').list;
const analysis = analyze(text, 'plaintext', compileEntities(list));
const quotes = quoteList(analysis.quotes);
const slice = (r: Range | null) => (r ? text.slice(r.start, r.end) : null);

function claimStartingWith(prefix: string): Claim {
  const claim = claimList(analysis.claims).find((c) => slice(c.range)!.startsWith(prefix));
  assert.ok(claim, `a claim starting "${prefix}"`);
  return claim;
}

describe('the report: quotes and attribution', () => {
  it('has exactly four quotes, none of them scare quotes', () => {
    assert.deepEqual(
      quotes.map((q) => [slice(q.range)!.slice(0, 30), [q.firstParagraph, q.lastParagraph], q.scare]),
      [
        ['"We are constructively minded.', [2, 2], false],
        ['"... Ukraine’s security must b', [2, 2], false],
        ['"In the end, it\'s up to them t', [9, 9], false],
        ['"The role we\'re trying to play', [10, 10], false],
      ],
    );
  });

  it('gives both quotes of ¶3 to Umerov, named, cue "said"', () => {
    for (const q of quotes.slice(0, 2)) {
      assert.equal(q.method, 'named');
      assert.equal(slice(q.source), 'Umerov');
      assert.equal(slice(q.cue), 'said');
      assert.equal(q.speaker?.name, 'Rustem Umerov');
      assert.equal(q.speaker?.entity, 'rustem-umerov');
    }
  });

  it('gives ¶10 to Rubio, named, and continues him into ¶11', () => {
    const [p10, p11] = quotes.slice(2);
    assert.deepEqual([p10.method, slice(p10.source), slice(p10.cue), p10.speaker?.entity], ['named', 'Rubio', 'said', 'marco-rubio']);
    assert.deepEqual([p11.method, p11.speaker?.name, p11.speaker?.entity, p11.cue], ['continuation', 'Marco Rubio', 'marco-rubio', null]);
  });
});

describe('the report: claims', () => {
  it('the Trump administration sentence is an unattributed claim', () => {
    const c = claimStartingWith("U.S. President Donald Trump's administration is pushing");
    assert.deepEqual([c.status, c.method, c.source, c.speaker, c.hedged], ['unattributed', 'none', null, null, false]);
  });

  it('the Miami meeting rests on an anonymous White House official', () => {
    const c = claimStartingWith('Witkoff and Kushner also plan');
    assert.equal(c.status, 'anonymous');
    assert.equal(c.method, 'anonymous');
    assert.equal(slice(c.source), 'a White House official');
    assert.equal(slice(c.cue), 'said');
    assert.equal(c.speaker, null);
  });

  it("Zelenskiy's reported statements in ¶6 are his", () => {
    const first = claimStartingWith('President Volodymyr Zelenskiy said that');
    assert.deepEqual([first.status, first.speaker?.entity, slice(first.cue)], ['attributed', 'volodymyr-zelenskiy', 'said']);
    assert.ok(slice(first.content)!.startsWith('that Ukraine and the United States had agreed on several documents'));
    const second = claimStartingWith('But he said that no aligned final proposals');
    assert.deepEqual([second.status, second.method, slice(second.source), second.speaker?.entity], ['attributed', 'pronoun', 'he', 'volodymyr-zelenskiy']);
  });

  it("Putin's reported statement in ¶7 is his", () => {
    const c = claimStartingWith('Russian President Vladimir Putin offered no compromise');
    assert.deepEqual([c.status, c.speaker?.entity, slice(c.cue)], ['attributed', 'vladimir-putin', 'saying']);
    assert.equal(slice(c.content), 'the onus was on Ukraine and Europe to make the next move');
  });

  it('the credits line and the quote paragraphs are not claims', () => {
    assert.equal(claimList(analysis.claims).some((c) => slice(c.range)!.startsWith('(Reporting by')), false);
    assert.equal(claimList(analysis.claims).some((c) => slice(c.range)!.includes('constructively minded')), false);
    assert.equal(claimList(analysis.claims).some((c) => slice(c.range)!.includes('The role we')), false);
  });
});
