import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, it } from 'mocha';
import { extractProse } from '../../src/engine/prose';
import { splitSentences } from '../../src/engine/sentences';
import type { DocumentKind, Prose } from '../../src/engine/types';
import { paragraphList, sentenceList } from './helpers/prose';

/** Checks the offsets, then gives each paragraph's prose: its segments joined by one space. */
function paragraphsOf(text: string, kind: DocumentKind = 'markdown'): string[] {
  const prose = extractProse(text, kind);
  assertWellFormed(text, prose);
  return paragraphList(prose).map((p) => p.segments.map((s) => text.slice(s.start, s.end)).join(' ').replace(/\s+/g, ' '));
}

function blocksOf(text: string, kind: DocumentKind = 'markdown'): string[] {
  return [...extractProse(text, kind).paragraphs.blocks];
}

function assertWellFormed(text: string, prose: Prose): void {
  let previousEnd = 0;
  let nextSegment = 0;
  const { paragraphs } = prose;
  for (const column of [paragraphs.starts, paragraphs.ends, paragraphs.blocks]) assert.equal(column.length, paragraphs.length);
  assert.equal(paragraphs.firstSegments.length, paragraphs.length + 1);
  for (const [i, p] of paragraphList(prose).entries()) {
    const segments = p.segments;
    assert.ok(segments.length > 0, 'a paragraph has prose');
    assert.equal(paragraphs.firstSegments[i], nextSegment, 'each paragraph\'s segments follow the last one\'s');
    nextSegment += segments.length;
    assert.equal(p.range.start, segments[0].start);
    assert.equal(p.range.end, segments[segments.length - 1].end);
    for (const s of segments) {
      assert.ok(s.start >= previousEnd && s.start < s.end && s.end <= text.length, `segment ${s.start}-${s.end} in order and inside the text`);
      assert.ok(!/^\s|\s$/.test(text.slice(s.start, s.end)), 'segments are trimmed');
      previousEnd = s.end;
    }
  }
  assert.equal(nextSegment, prose.segments.length, 'every segment belongs to a paragraph');
  for (const r of [...prose.citations, ...prose.comments.map((c) => c.range)]) {
    assert.ok(r.start >= 0 && r.start < r.end && r.end <= text.length);
  }
}

describe('extractProse: markdown constructs', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a plain paragraph over two lines', 'Umerov said\nthe talks went well.', ['Umerov said the talks went well.']],
    ['paragraphs split by a blank line', 'One.\n\nTwo.', ['One.', 'Two.']],
    ['YAML front matter is skipped', '---\ntitle: "Talks"\n---\nBody text.', ['Body text.']],
    ['TOML front matter is skipped', '+++\ntitle = "Talks"\n+++\nBody text.', ['Body text.']],
    ['unclosed front matter is a thematic break and prose', '---\ntitle: x', ['title: x']],
    ['ATX heading marks are cut', '## Talks in Berlin ##\nText.', ['Talks in Berlin', 'Text.']],
    ['a hash without a space is prose', '#hashtag here', ['#hashtag here']],
    ['setext heading underline is not prose', 'Talks\n=====\n\nText.', ['Talks', 'Text.']],
    ['fenced code with an info string is skipped', 'Before.\n\n```js\nconst a = "x";\n```\nAfter.', ['Before.', 'After.']],
    ['tilde fences are skipped', '~~~\n"quoted"\n~~~\nAfter.', ['After.']],
    ['a longer closing fence closes', '````\n```\nstill code\n`````\nAfter.', ['After.']],
    ['an unclosed fence runs to the end', 'Before.\n```\ncode "a"\n\nmore', ['Before.']],
    ['indented code is skipped', 'Before.\n\n    code "x"\n\nAfter.', ['Before.', 'After.']],
    ['an indented line continues a paragraph', 'Before\n    after.', ['Before after.']],
    ['inline code is skipped', 'Run `npm test` now.', ['Run now.']],
    ['double-backtick code spans hold single backticks', 'A ``x ` y`` b.', ['A b.']],
    ['an unmatched backtick run stays prose', 'A `` b ` c.', ['A `` b ` c.']],
    ['code spans of several lengths in one paragraph each close on their own length', 'A `x` b ``y ` z`` c `w` d.', ['A b c d.']],
    ['a run longer than sixteen backticks closes on its own length', 'A ' + '`'.repeat(20) + 'x `` y' + '`'.repeat(20) + ' b.', ['A b.']],
    ['many code spans in one paragraph', Array.from({ length: 40 }, (_, i) => `w${i} \`c${i}\``).join(' ') + '.', [Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ') + ' .']],
    ['inline HTML tags are cut', 'Say <b>it</b> loud.', ['Say it loud.']],
    ['an HTML block is skipped', '<div>\n"Not prose"\n</div>\n\nProse.', ['Prose.']],
    ['a less-than sign in prose stays', 'If a < b then c.', ['If a < b then c.']],
    ['link text kept, destination and title cut', 'See [the report](https://x.org/a "Title") now.', ['See the report now.']],
    ['a link destination in angle brackets', 'See [it](<a b>) now.', ['See it now.']],
    ['reference links keep their text', 'See [the report][r].\n\n[r]: https://x.org', ['See the report .']],
    ['a shortcut reference needs its definition', '[sic] and [r].\n\n[r]: https://x.org', ['[sic] and r .']],
    ['editorial brackets stay prose', 'He [Trump] said so.', ['He [Trump] said so.']],
    ['autolinks are skipped', 'Mail <https://x.org/a> or <a@b.org>.', ['Mail or .']],
    ['bare URLs are skipped, the full stop kept', 'Read https://x.org/a.', ['Read .']],
    ['images are skipped whole', 'A ![photo of "Umerov"](u.png) b.', ['A b.']],
    ['footnote references are cut', 'He said so.[^1]', ['He said so.']],
    ['footnote definitions are prose', '[^1]: A footnote.', ['A footnote.']],
    ['block quote marks are cut, nested too', '> One\n> line.\n\n> > Nested.', ['One line.', 'Nested.']],
    ['list markers are cut', '- one\n- two\n1. three\n2. four', ['one', 'two', 'three', 'four']],
    ['a list item continues on the next line', '- one\n  more', ['one more']],
    ['a year at a line start does not start a list', 'It began in\n2016. It ended.', ['It began in 2016. It ended.']],
    ['thematic breaks end paragraphs', 'One.\n***\nTwo.', ['One.', 'Two.']],
    ['a dash line under a list item is a thematic break', '- item\n---\nText.', ['item', 'Text.']],
    ['emphasis marks are cut, quotes and apostrophes kept', '**"It\'s** done," _she_ said.', ['"It\'s done," she said.']],
    ['intraword underscores stay', 'snake_case_name here', ['snake_case_name here']],
    ['a lone asterisk between spaces stays', '5 * 3 is 15.', ['5 * 3 is 15.']],
    ['backslash escapes cut the backslash', 'Not \\*emphasis\\*.', ['Not *emphasis *.']],
    ['table cells are each a paragraph; the delimiter row is skipped', '| Name | Role |\n| --- | :-: |\n| Umerov | head |', ['Name', 'Role', 'Umerov', 'head']],
    ['HTML comments are skipped', 'Text <!-- a note --> more.', ['Text more.']],
    ['CRLF line ends', 'One\r\ntwo.\r\n\r\nThree.', ['One two.', 'Three.']],
    ['lone CR line ends', '# Head\rText.', ['Head', 'Text.']],
    ['empty text', '', []],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.deepEqual(paragraphsOf(input), expected));
  }
});

describe('extractProse: markdown block kinds', () => {
  const cases: Array<[string, string[]]> = [
    ['# Head\n\nText.', ['heading', 'paragraph']],
    ['Head\n---\nText.', ['heading', 'paragraph']],
    ['> Quoted.', ['blockquote']],
    ['- item\n\n  second paragraph of the item', ['item', 'item']],
    ['- item\n\nafter the list', ['item', 'paragraph']],
  ];
  for (const [input, expected] of cases) {
    it(JSON.stringify(input), () => assert.deepEqual(blocksOf(input), expected));
  }
});

describe('extractProse: citations and Copydesk comments', () => {
  it('records link text and footnote references as citations', () => {
    const text = 'Talks began [on Friday](https://x.org).[^2]';
    const citations = extractProse(text, 'markdown').citations.map((c) => text.slice(c.start, c.end));
    assert.deepEqual(citations, ['on Friday', '[^2]']);
  });
  it('records a link without text as the whole link, never as an empty range', () => {
    for (const [text, cited] of [
      ['[]()', '[]()'],
      ['Talks began on Friday [](https://x.org).', '[](https://x.org)'],
      ['[x]()', 'x'],
    ]) {
      const citations = extractProse(text, 'markdown').citations.map((c) => text.slice(c.start, c.end));
      assert.deepEqual(citations, [cited], text);
    }
  });
  it('does not count images as citations', () => {
    assert.deepEqual(extractProse('![a](b.png)', 'markdown').citations, []);
  });

  const cases: Array<[string, string, string[]]> = [
    ['<!-- copydesk-disable unattributed-claim hedged-claim -->', 'disable', ['unattributed-claim', 'hedged-claim']],
    ['<!-- copydesk-disable -->', 'disable', []],
    ['<!-- copydesk-enable -->', 'enable', []],
    ['<!-- copydesk-disable-next-line name-spelling -->', 'disable-next-line', ['name-spelling']],
    ['<!-- verified: Reuters, Dec 19 -->', 'verified', ['Reuters, Dec 19']],
    ['<!-- source: report#p3 -->', 'source', ['report#p3']],
  ];
  for (const [comment, kind, args] of cases) {
    it(`${comment} as a block and inline`, () => {
      for (const text of [`${comment}\n\nText.`, `A claim. ${comment}`]) {
        const comments = extractProse(text, 'markdown').comments;
        assert.equal(comments.length, 1);
        assert.equal(comments[0].kind, kind);
        assert.deepEqual(comments[0].args, args);
        assert.equal(text.slice(comments[0].range.start, comments[0].range.end), comment);
      }
    });
  }
  it('ignores other comments and comments inside code', () => {
    const text = '<!-- a note -->\n\n```\n<!-- copydesk-disable -->\n```\n\n`<!-- copydesk-enable -->`';
    assert.deepEqual(extractProse(text, 'markdown').comments, []);
  });
  it('gives plain text no comments', () => {
    assert.deepEqual(extractProse('<!-- copydesk-disable -->', 'plaintext').comments, []);
  });
});

describe('extractProse: plain text', () => {
  const cases: Array<[string, string, string[]]> = [
    ['a blank line ends a paragraph', 'One\n\nTwo', ['One', 'Two']],
    ['a line ending mid-sentence continues', 'Talks will start\non Friday.', ['Talks will start on Friday.']],
    ['a full stop at a line end ends it', 'One.\nTwo.', ['One.', 'Two.']],
    ['a question or exclamation mark ends it', 'Why?\nNow!\nNext', ['Why?', 'Now!', 'Next']],
    ['a closing quote after the stop ends it', '"Yes."\n"No," he said.\n\'Maybe.\'\nEnd', ['"Yes."', '"No," he said.', "'Maybe.'", 'End']],
    ['curly quotes too', '“Yes.”\n“No?”\nEnd', ['“Yes.”', '“No?”', 'End']],
    ['a closing double quote ends it, with or without punctuation', 'He called it “a sham”\nThen "a farce"\nEnd', ['He called it “a sham”', 'Then "a farce"', 'End']],
    ['a comma and closing quote does not end it', '"Yes,"\nhe said.\n“No,”\nshe said.', ['"Yes," he said.', '“No,” she said.']],
    ['an opening straight quote at a line end does not', 'He said "\nno.', ['He said " no.']],
    ["a bare apostrophe at a line end does not", "It was the Lewis'\nstory.", ["It was the Lewis' story."]],
    ['a title at a line end does not end it', 'said Sen.\nJohn Smith.', ['said Sen. John Smith.']],
    ['trailing spaces after the stop', 'One.  \nTwo.', ['One.', 'Two.']],
    ['whitespace-only lines are blank', 'One\n   \nTwo', ['One', 'Two']],
    ['trailing blank lines make no paragraphs', 'One.\n\n\n\n', ['One.']],
    ['CRLF and lone CR', 'One\r\ntwo.\rThree.', ['One two.', 'Three.']],
    ['markdown syntax is prose in plain text', '# Not a heading', ['# Not a heading']],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.deepEqual(paragraphsOf(input, 'plaintext'), expected));
  }

  // A journalist's headline: one short line standing apart above the story.
  const headlines: Array<[string, string, string]> = [
    ['title case, with a full stop', 'Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton.\n\nA Bloomberg poll shows it.', 'heading'],
    ['sentence case without a full stop (wire style)', 'Ukraine peace talks to resume on Friday in Miami, Umerov says\n\nUmerov said the talks would resume.', 'heading'],
    ['a few words, with a full stop', 'Trump meets Zelenskiy.\n\nThe two leaders met on Friday.', 'heading'],
    ['CRLF line endings', 'Trump Meets Zelenskiy\r\n\r\nThe two leaders met on Friday.', 'heading'],
    ['a lede: a sentence of more than a few words', 'Ukraine and Russia agreed on Friday to a ceasefire that begins at midnight.\n\nOfficials said so.', 'paragraph'],
    ['a lede with a dateline, however short', 'KYIV, Dec 19 (Reuters) - Talks resumed.\n\nUmerov said so.', 'paragraph'],
    ['no blank line after it: wire copy, one paragraph a line', 'Trump meets Zelenskiy.\nThe two leaders met on Friday.', 'paragraph'],
    ['two lines of one paragraph', 'Ukraine peace talks to resume\non Friday, Umerov says\n\nUmerov said so.', 'paragraph'],
    ['nothing after it: a one-line draft', 'Trump meets Zelenskiy.', 'paragraph'],
    ['more words than a headline has', `${'Word '.repeat(26)}Here\n\nMore.`, 'paragraph'],
  ];
  for (const [name, input, first] of headlines) {
    it(`a first line as a headline? ${name}: ${first}`, () => assert.equal(blocksOf(input, 'plaintext')[0], first));
  }
  it('reads only the first line as a headline', () => {
    assert.deepEqual(blocksOf('Trump Meets Zelenskiy\n\nTalks Resume\n\nThe two met.', 'plaintext'), ['heading', 'paragraph', 'paragraph']);
  });

  it('reads the report as 12 paragraphs', () => {
    const text = readFileSync('../shared/seed/report.txt', 'utf8');
    const prose = extractProse(text, 'plaintext');
    assertWellFormed(text, prose);
    assert.equal(prose.paragraphs.length, 12);
    const lines = text.split('\n');
    const list = paragraphList(prose);
    const first = list[0];
    assert.equal(text.slice(first.range.start, first.range.end), `${lines[0]}\n${lines[1]}`);
    assert.equal(list[1].range.start, lines[0].length + lines[1].length + 2);
    const last = list[11];
    assert.equal(text.slice(last.range.start, last.range.end), lines[12]);
    assert.ok(lines[12].startsWith('(Reporting by'));
    for (const p of list) assert.equal(p.segments.length, 1);
  });
});

describe('extractProse and splitSentences: any input', () => {
  const tokens = [
    'a', 'Word', ' ', '  ', '\n', '\r\n', '\r', '\n\n', '\t', '#', '## ', '>', '> ', '- ', '* ', '1. ', '2) ', '`', '``',
    '```', '~~~', '    ', '<', '>', '<!--', '-->', '<!-- copydesk-disable x -->', '<div>', '</div>', '<b>', '[', ']',
    '](', ')', '(', '![', '[^1]', '[^1]: ', '[r]: /u', '"', '“', '”', "'", '’', '*', '**', '_', '\\', '|', '| --- |',
    '---', '+++', '===', '.', '...', '…', '?', '!', 'U.S.', 'Mr.', 'Dec. 19', '3.5', 'https://x.org/a.', '<https://x.org>',
    '\u0000', '\ud800', '\udc00', '\u00a0', '&amp;',
  ];
  const draft = fc.array(fc.constantFrom(...tokens), { maxLength: 80 }).map((parts) => parts.join(''));
  const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 200 }).map((codes) => String.fromCharCode(...codes));

  for (const [name, arbitrary] of [['random markdown-like drafts', draft], ['random UTF-16, lone surrogates included', codeUnits]] as const) {
    for (const kind of ['markdown', 'plaintext'] as const) {
      it(`${name} as ${kind}: returns well-formed, repeatable ranges`, () => {
        fc.assert(
          fc.property(arbitrary, (text) => {
            const prose = extractProse(text, kind);
            assertWellFormed(text, prose);
            const sentences = splitSentences(text, prose);
            let previousEnd = 0;
            for (const s of sentenceList(sentences)) {
              assert.ok(s.range.start >= previousEnd && s.range.start < s.range.end && s.range.end <= text.length);
              const p = paragraphList(prose)[s.paragraph];
              assert.ok(p && s.range.start >= p.range.start && s.range.end <= p.range.end);
              previousEnd = s.range.end;
            }
            assert.deepEqual(extractProse(text, kind), prose);
            assert.deepEqual(splitSentences(text, prose), sentences);
          }),
          { numRuns: 300 },
        );
      });
    }
  }

  it('survives cut-off constructs', () => {
    const text = '---\ntitle: x\n# H\n```js\n<!-- copydesk-disable\n[link](http://x "t\n![img](\n`code\n<div\n> > >\n| a |\n';
    for (let cut = 0; cut <= text.length; cut++) {
      const part = text.slice(0, cut);
      for (const kind of ['markdown', 'plaintext'] as const) {
        const prose = extractProse(part, kind);
        assertWellFormed(part, prose);
        splitSentences(part, prose);
      }
    }
  });
});

describe('extractProse and splitSentences: pathological drafts return', () => {
  const cases: Array<[string, () => string]> = [
    ['one 10 MB line', () => 'word '.repeat(2_000_000)],
    ['100,000 backticks', () => '`'.repeat(100_000)],
    ['backtick runs of every length, none closed', () => Array.from({ length: 2000 }, (_, i) => '`'.repeat(i + 1)).join(' x ')],
    ['100,000 quote marks', () => '"'.repeat(100_000)],
    ['nothing but opening brackets and link tails', () => '['.repeat(50_000) + '](x "'.repeat(50_000)],
    ['unclosed tags and comments', () => '<a '.repeat(50_000) + '<!-- '.repeat(50_000)],
    ['deeply nested block quotes', () => '>'.repeat(100_000) + ' deep.'],
    ['NUL characters and lone surrogates', () => '\u0000\ud800 a.\udc00 '.repeat(50_000)],
    ['stops everywhere', () => '. U.S. ... … ?! '.repeat(50_000)],
    ['unclosed fence, front matter and HTML block', () => '---\nx\n```\n<div>\n'.repeat(20_000)],
  ];
  for (const [name, make] of cases) {
    it(name, () => {
      const text = make();
      for (const kind of ['markdown', 'plaintext'] as const) {
        const prose = extractProse(text, kind);
        for (const p of paragraphList(prose)) assert.ok(p.range.start >= 0 && p.range.end <= text.length);
        for (const s of sentenceList(splitSentences(text, prose))) assert.ok(s.range.start < s.range.end && s.range.end <= text.length);
      }
    });
  }
});

describe('extractProse and splitSentences: linear scaling, by counting character reads', () => {
  /** Counts String.prototype.charCodeAt calls (the scanners' only per-character read) while f runs. */
  function countReads(f: () => void): number {
    const original = String.prototype.charCodeAt;
    let reads = 0;
    String.prototype.charCodeAt = function (this: string, index: number): number {
      reads++;
      return original.call(this, index);
    };
    try {
      f();
    } finally {
      String.prototype.charCodeAt = original;
    }
    return reads;
  }

  const shapes: Array<[string, (n: number) => string]> = [
    ['news copy in markdown', (n) => 'KYIV (Reuters) - The U.S. team met [Umerov](https://x.org). "We are ready," he said. `code` <b>x</b>\n\n'.repeat(n / 100)],
    ['backtick runs of growing length', (n) => Array.from({ length: Math.sqrt(n) | 0 }, (_, i) => '`'.repeat(i + 1)).join(' x ')],
    ['link openers without tails', (n) => '[a]('.repeat(n / 4)],
    ['titles without closers', (n) => '[a](b "'.repeat(n / 7)],
    ['unclosed comments and tags', (n) => '<!-- <a '.repeat(n / 8)],
    ['ellipses with no words', (n) => '... '.repeat(n / 4)],
    ['abbreviations', (n) => 'U.S. Mr. Dec. '.repeat(n / 14)],
    ['HTML blocks', (n) => '<div>\n\n'.repeat(n / 7)],
    ['plain text lines', (n) => 'a line that runs on\n'.repeat(n / 20)],
  ];
  for (const [name, make] of shapes) {
    it(name, () => {
      const reads = [20_000, 200_000].map((n) => {
        const text = make(n);
        return { length: text.length, reads: countReads(() => {
          for (const kind of ['markdown', 'plaintext'] as const) splitSentences(text, extractProse(text, kind));
        }) };
      });
      const growth = reads[1].reads / reads[0].reads;
      const size = reads[1].length / reads[0].length;
      assert.ok(growth <= size * 1.2, `reads grew ${growth.toFixed(1)}× for ${size.toFixed(1)}× the text`);
    });
  }
});
