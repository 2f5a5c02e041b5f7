import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'mocha';
import { extractProse } from '../../src/engine/prose';
import { splitSentences } from '../../src/engine/sentences';
import type { DocumentKind } from '../../src/engine/types';
import { paragraphList, sentenceList } from './helpers/prose';

function sentencesOf(text: string, kind: DocumentKind = 'plaintext'): string[] {
  const prose = extractProse(text, kind);
  const sentences = splitSentences(text, prose);
  const list = sentenceList(sentences);
  for (const s of list) {
    assert.ok(s.range.start >= 0 && s.range.start < s.range.end && s.range.end <= text.length);
    const paragraph = paragraphList(prose)[s.paragraph]!;
    assert.ok(s.range.start >= paragraph.range.start && s.range.end <= paragraph.range.end, 'inside its paragraph');
    assert.ok(!/^\s|\s$/.test(text.slice(s.range.start, s.range.end)), 'trimmed');
  }
  return list.map((s) => text.slice(s.range.start, s.range.end));
}

describe('splitSentences', () => {
  const cases: Array<[string, string, string[]]> = [
    ['two plain sentences', 'Talks began. They ended.', ['Talks began.', 'They ended.']],
    ['question and exclamation marks', 'Why? Because! Fine.', ['Why?', 'Because!', 'Fine.']],
    ['U.S. before a title stays whole', 'He met U.S. President Donald Trump.', ['He met U.S. President Donald Trump.']],
    ['U.N. before an institution stays whole', 'The U.N. Security Council met. It voted.', ['The U.N. Security Council met.', 'It voted.']],
    ['U.S. at a real sentence end', 'He returned to the U.S. The next day he left.', ['He returned to the U.S.', 'The next day he left.']],
    ['U.S. before a capitalised name word ends the sentence', 'They met in the U.S. Trump was there.', ['They met in the U.S.', 'Trump was there.']],
    ['months before a day', 'On Dec. 19 talks began. On Jan. 5 they ended.', ['On Dec. 19 talks began.', 'On Jan. 5 they ended.']],
    ['Sept. before a day', 'It was Sept. 11, 2001.', ['It was Sept. 11, 2001.']],
    ['Mr. and Mrs.', 'Mr. Smith and Mrs. Jones met Dr. Lee.', ['Mr. Smith and Mrs. Jones met Dr. Lee.']],
    ['political titles', 'Gov. Ron Smith met Sen. Ann Lee, Rep. Tom Hall and Gen. Mark Milley.', ['Gov. Ron Smith met Sen. Ann Lee, Rep. Tom Hall and Gen. Mark Milley.']],
    ['St. before a name', 'They prayed at St. Paul’s. Then they left.', ['They prayed at St. Paul’s.', 'Then they left.']],
    ['Jr. inside a name', 'Martin Luther King Jr. Day is a holiday.', ['Martin Luther King Jr. Day is a holiday.']],
    ['Inc. before a title', 'Apple Inc. Chief Executive Tim Cook spoke.', ['Apple Inc. Chief Executive Tim Cook spoke.']],
    ['Corp. at a sentence end', 'He works for Acme Corp. The firm is small.', ['He works for Acme Corp.', 'The firm is small.']],
    ['Co. and Ltd.', 'Smith & Co. Ltd. Chairman Jo Ray spoke.', ['Smith & Co. Ltd. Chairman Jo Ray spoke.']],
    ['vs. and etc.', 'It was Smith vs. Jones, taxes etc. and more.', ['It was Smith vs. Jones, taxes etc. and more.']],
    ['etc. at a sentence end', 'Pens, paper, etc. The rest was lost.', ['Pens, paper, etc.', 'The rest was lost.']],
    ['e.g. and i.e.', 'Some states, e.g. Ohio, i.e. the Midwest, voted.', ['Some states, e.g. Ohio, i.e. the Midwest, voted.']],
    ['e.g. before a capital', 'Some states, e.g. Ohio and Iowa, voted.', ['Some states, e.g. Ohio and Iowa, voted.']],
    ['a.m. and p.m. before a time zone or a day', 'It began at 9 a.m. EST and ended at 5 p.m. Friday.', ['It began at 9 a.m. EST and ended at 5 p.m. Friday.']],
    ['p.m. at a sentence end', 'It ended at 5 p.m. The crowd left.', ['It ended at 5 p.m.', 'The crowd left.']],
    ['No. before a number', 'He is No. 2 in the party. No. He is not.', ['He is No. 2 in the party.', 'No.', 'He is not.']],
    ['single initials', 'J. Smith met John F. Kennedy.', ['J. Smith met John F. Kennedy.']],
    ['an initial before a sentence opener', 'They chose plan B. The vote was close.', ['They chose plan B.', 'The vote was close.']],
    ['decimal numbers', 'Growth was 3.5 percent. It rose.', ['Growth was 3.5 percent.', 'It rose.']],
    ['a stop inside a word', 'See example.com for more. Then go.', ['See example.com for more.', 'Then go.']],
    ['an ellipsis inside a sentence before lower case', 'We tried... and failed.', ['We tried... and failed.']],
    ['an ellipsis before a new sentence', 'We tried... Then we left.', ['We tried...', 'Then we left.']],
    ['a Unicode ellipsis', 'We tried… Then we left.', ['We tried…', 'Then we left.']],
    ['an ellipsis opening a quote', 'He said. "... Ukraine’s security matters."', ['He said.', '"... Ukraine’s security matters."']],
    ['a quote that ends a sentence', '"We are ready." Talks begin today.', ['"We are ready."', 'Talks begin today.']],
    ['curly quotes end sentences too', '“We are ready.” Talks begin today.', ['“We are ready.”', 'Talks begin today.']],
    ['a comma inside a quote does not end it', '"We are ready," he said. He left.', ['"We are ready," he said.', 'He left.']],
    ['a question inside a quote before the speaker', '"Why?" he asked. "Now!" she said.', ['"Why?" he asked.', '"Now!" she said.']],
    ['a question inside a quote before a named speaker', '"Why now?" Umerov asked. Nobody answered.', ['"Why now?" Umerov asked.', 'Nobody answered.']],
    ['an exclamation inside a quote before a speaker and another verb', '"Too big to fail?" Vitter demanded. He left.', ['"Too big to fail?" Vitter demanded.', 'He left.']],
    ['a question inside a quote then a new sentence', '"Why now?" The question hung there.', ['"Why now?"', 'The question hung there.']],
    ['a closing parenthesis after the stop', '(He left.) Then he came back.', ['(He left.)', 'Then he came back.']],
    ['lower case after a stop does not split', 'The U.S. and Ukraine met.', ['The U.S. and Ukraine met.']],
    ['a sentence spanning a line break', 'Talks will start\non Friday. They end soon.', ['Talks will start\non Friday.', 'They end soon.']],
    ['no final punctuation', 'A headline without a stop', ['A headline without a stop']],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.deepEqual(sentencesOf(input), expected));
  }

  it('keeps each sentence in its own paragraph', () => {
    const text = 'One.\n\nTwo. Three.';
    const prose = extractProse(text, 'plaintext');
    assert.deepEqual(Array.from(splitSentences(text, prose).paragraphs), [0, 1, 1]);
  });

  it('hands out columns of exactly its sentences, its own from one split to the next', () => {
    const many = 'Talks began. '.repeat(3000).trim();
    const first = splitSentences(many, extractProse(many, 'plaintext'));
    assert.equal(first.length, 3000);
    for (const column of [first.starts, first.ends, first.paragraphs]) assert.equal(column.length, 3000);
    const short = 'One. Two.';
    const second = splitSentences(short, extractProse(short, 'plaintext'));
    assert.deepEqual([second.length, Array.from(second.starts), Array.from(second.ends)], [2, [0, 5], [4, 9]]);
    assert.deepEqual([first.starts[2999], first.ends[2999]], [many.length - 'Talks began.'.length, many.length]);
  });

  it('makes a markdown heading one sentence', () => {
    assert.deepEqual(sentencesOf('# Talks end. Peace next?\n\nText.', 'markdown'), ['Talks end. Peace next?', 'Text.']);
  });

  it('spans markdown segments', () => {
    assert.deepEqual(sentencesOf('He met **U.S.** President *Trump*. [He](https://x.org) left.', 'markdown'), [
      'He met **U.S.** President *Trump*.',
      '[He](https://x.org) left.'.slice(1),
    ]);
  });

  it('never returns a sentence for a paragraph-less text', () => {
    assert.deepEqual(sentencesOf(''), []);
    assert.deepEqual(sentencesOf('   \n\n  '), []);
  });

  it('splits the report as a reader would', () => {
    const text = readFileSync('../shared/seed/report.txt', 'utf8');
    const lines = text.split('\n');
    const expected = [
      `${lines[0]}\n${lines[1]}`,
      lines[2],
      '"We are constructively minded.',
      'We have already held preliminary consultations with our European colleagues and are preparing for further discussions with the American side," Umerov said.',
      '"... Ukraine’s security must be guaranteed reliably and in the long term."',
      lines[4],
      lines[5],
      'President Volodymyr Zelenskiy said that Ukraine and the United States had agreed on several documents, including a 20-point peace framework, security guarantees and a reconstruction plan for Ukraine.',
      'But he said that no aligned final proposals had been agreed, adding that the territorial issues remained unresolved.',
      lines[7],
      lines[8],
      lines[9],
      '"In the end, it\'s up to them to make a deal.',
      "We can't force Ukraine to make a deal.",
      "We can't force Russia to make a deal.",
      'They have to want to make a deal," Rubio said.',
      '"The role we\'re trying to play is a role of figuring out whether there\'s any overlap here that they can agree to, and that\'s what we\'ve invested a lot of time and energy and continue to do so.',
      'That may not be possible.',
      'I hope it is.',
      'I hope it can get done this month before the end of the year."',
      lines[12],
    ];
    assert.deepEqual(sentencesOf(text), expected);
  });
});
