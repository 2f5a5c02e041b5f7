// Name completion on a keystroke: whether the word is in prose, and who was named before it, from the
// cache's analyses; a short draft analysed at once when they cannot tell, a long one never.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine/analyze';
import { entitiesNamedBefore } from '../../src/engine/houseform';
import { startCounting, stopCounting } from '../../src/engine/instrument';
import type { Analysis } from '../../src/engine/types';
import { completionMentions } from '../../src/vscode/completionBasis';
import { STEPWISE_CHARS } from '../../src/vscode/pause';
import { indexOf, person } from './fixtures';

const index = indexOf([person({ id: 'marco-rubio', name: 'Marco Rubio', role: 'official', title: 'U.S. Secretary of State' })]);
const opening = 'Marco Rubio arrived in Geneva on Sunday.\n\n```\ncode\n```\n';
const long = opening + 'Talks went on.\n\n'.repeat(Math.ceil(STEPWISE_CHARS / 16));

interface Keystroke {
  /** Whether the word was found in prose (mentions given). */
  inProse: boolean;
  /** Who was named before the word, by the mentions given. */
  named: string[];
  /** Whether the current text was read, and whether the draft was analysed whole. */
  textRead: boolean;
  analysed: boolean;
  /** The engine's steps that did any work, but the prose scanner's. */
  stepsBeyondProse: string[];
}

/**
 * Completion after the writer typed `typed` at the end of `draft`, with the cache holding the analysis
 * of that version (`current`) or the draft's before the keystrokes (`latest`), or neither.
 */
function keystroke(draft: string, typed: string, held: 'current' | 'latest' | 'none'): Keystroke {
  const text = draft + typed;
  const latest: Analysis | undefined = held === 'latest' ? analyze(draft, 'markdown', index) : undefined;
  const current: Analysis | undefined = held === 'current' ? analyze(text, 'markdown', index) : undefined;
  let textRead = false;
  let analysed = false;
  const start = text.length - (/\S+$/.exec(text)?.[0].length ?? 0); // the word being typed, the last
  startCounting();
  const mentions = completionMentions(
    {
      current,
      latest: latest ?? current,
      length: text.length,
      lineStart: text.lastIndexOf('\n', start - 1) + 1,
      text: () => ((textRead = true), text),
      kind: 'markdown',
      analyse: () => ((analysed = true), analyze(text, 'markdown', index)),
    },
    start,
  );
  const work = stopCounting();
  const named = mentions ? [...entitiesNamedBefore(mentions, start)] : [];
  const stepsBeyondProse = analysed ? ['(analysed)'] : Object.entries(work).filter(([step, n]) => step !== 'prose' && n > 0).map(([step]) => step);
  return { inProse: mentions !== undefined, named, textRead, analysed, stepsBeyondProse };
}

const rubio = ['marco-rubio'];

describe('what name completion reads on a keystroke', () => {
  const cases: [string, Keystroke, Partial<Keystroke>][] = [
    ['the analysis of this version, when the cache holds it', keystroke(opening, '\nRub', 'current'), { inProse: true, named: rubio, textRead: false, analysed: false }],
    ['the latest analysis, when it shows the word in prose (typed on at the end of a paragraph)', keystroke('Marco Rubio arrived. Ru', 'b', 'latest'), { inProse: true, named: rubio, textRead: false, analysed: false }],
    ['a short draft analysed at once in a paragraph begun since, names typed since counting', keystroke(opening, '\nMarco Rubio spoke.\n\nRub', 'latest'), { inProse: true, named: rubio, analysed: true }],
    ['a short draft analysed at once in a code block begun since', keystroke(opening, '\n```\nRub', 'latest'), { inProse: false, analysed: true }],
    ['a long draft: only its prose read, in a paragraph begun since', keystroke(long, '\nRub', 'latest'), { inProse: true, named: rubio, textRead: true, analysed: false, stepsBeyondProse: [] }],
    ['a long draft: only its prose read, in a fenced code block begun since', keystroke(long, '\n```\nRub', 'latest'), { inProse: false, textRead: true, analysed: false, stepsBeyondProse: [] }],
    ['a long draft: only its prose read, in an indented code block begun since', keystroke(long, '\n    Rub', 'latest'), { inProse: false, analysed: false, stepsBeyondProse: [] }],
    ['a long draft with no analysis yet: its prose read, every name a first reference', keystroke(long, '\nRub', 'none'), { inProse: true, named: [], analysed: false, stepsBeyondProse: [] }],
  ];
  for (const [what, got, expected] of cases) {
    it(what, () => {
      const picked = Object.fromEntries(Object.keys(expected).map((k) => [k, got[k as keyof Keystroke]]));
      assert.deepEqual(picked, expected);
    });
  }
});
