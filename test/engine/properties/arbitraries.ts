// Generators of hostile and ordinary drafts for the property suite: random unicode of every awkward
// kind, random markdown built from the constructs the prose scanner skips or reads, and line endings.
import fc from 'fast-check';

/** Any code points, astral ones included (well-formed UTF-16). */
export const anyCodePoints = fc.string({ unit: 'binary', maxLength: 300 });

/** Any UTF-16 code units: lone surrogates, NUL and every control character included. */
export const anyCodeUnits = fc
  .array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 300 })
  .map((codes) => String.fromCharCode(...codes));

const awkwardPieces = [
  'e\u0301', 'a\u0300\u0323\u0308', '\u0301', '\u20dd', 'A\u0338',       // combining marks, also with no base
  'שלום', 'قال', 'ال"رئيس"', '\u202eevil\u202c', '\u200f', '\u2067x\u2069', // right-to-left text and bidi controls
  '\u0000', '\u0000\u0000', '\ud800', '\udfff', '\udc00\ud800',          // NUL and lone surrogates
  '😀', '👩‍👩‍👧', '𝐀𝐁', '\u{10ffff}', '\ufeff', '\u200b', '\u00a0', '\u2028', '\u2029',
  'Umerov', ' said', '"', '“', '”', '„', '«', '»', '‘', '’', "'", ' ', '\n', '\n\n', '\r', '\t', '.', '?',
];

/** Mixes combining marks, right-to-left text, bidi controls, NUL, lone surrogates and astral characters with prose. */
export const awkwardUnicode = fc.array(fc.constantFrom(...awkwardPieces), { maxLength: 80 }).map((p) => p.join(''));

/** Random markdown: front matter, headings, lists, block quotes, fences, HTML and inline constructs, using `names`. */
export function markdownDraft(names: readonly string[]): fc.Arbitrary<string> {
  const word = fc.constantFrom('the', 'talks', 'on', 'Friday', 'said', 'told reporters', 'according to', 'he', 'she',
    'they', 'officials', 'a senior official', 'reportedly', 'U.S.', 'Dec. 19', '3.5', '20-point', 'Mr.', 'e.g.', 'it’s',
    "Trump's", 'Kyiv’s', 'rock ’n’ roll', '6\'2"');
  const name = names.length > 0 ? fc.constantFrom(...names) : fc.constant('Umerov');
  const quoteMark = fc.constantFrom('"', '“', '”', '‘', '’', "'");
  const inline: fc.Arbitrary<string> = fc.oneof(
    { weight: 6, arbitrary: word },
    { weight: 4, arbitrary: name },
    { weight: 2, arbitrary: quoteMark },
    { weight: 2, arbitrary: fc.tuple(word, name).map(([w, n]) => `"${w} ${n}," ${n} said`) },
    { weight: 1, arbitrary: fc.tuple(word, name).map(([w, n]) => `${n} said: “${w}.”`) },
    { weight: 1, arbitrary: word.map((w) => `\`${w}\``) },
    { weight: 1, arbitrary: fc.constantFrom('`', '``', '```') },
    { weight: 1, arbitrary: fc.tuple(word, name).map(([w, n]) => `[${w} ${n}](https://example.org/${w} "${n}")`) },
    { weight: 1, arbitrary: fc.constantFrom('<https://example.org>', 'https://example.org/a.', '[^1]', '![img](x.png)', '](', '[') },
    { weight: 1, arbitrary: fc.constantFrom('<b>', '</b>', '<span class="x">', '<!--', '-->', '<!-- x -->', '<!-- verified: x -->',
      '<!-- copydesk-disable -->', '<!-- copydesk-enable -->', '<!-- copydesk-disable-next-line unattributed-claim -->',
      '<!-- source: report#p2 -->') },
    { weight: 1, arbitrary: fc.constantFrom('*', '**', '_', '__', '~~', '\\', '\\"', '&amp;', '&quot;', '|') },
    { weight: 2, arbitrary: fc.constantFrom('.', ',', '?', '!', ':', ';', ' - ', ' — ', '…', '...') },
  );
  const line = fc.array(inline, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(' '));
  const lines = fc.array(line, { minLength: 1, maxLength: 3 }).map((l) => l.join('\n'));
  const block: fc.Arbitrary<string> = fc.oneof(
    { weight: 5, arbitrary: lines },
    { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 7 }), line).map(([n, l]) => `${'#'.repeat(n)} ${l}`) },
    { weight: 1, arbitrary: fc.tuple(line, fc.constantFrom('===', '---', '- - -')).map(([l, u]) => `${l}\n${u}`) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) '), fc.integer({ min: 0, max: 6 }), lines)
      .map(([marker, depth, l]) => `${'  '.repeat(depth)}${marker}${l}`) },
    { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), lines).map(([depth, l]) =>
      l.split('\n').map((x) => `${'> '.repeat(depth)}${x}`).join('\n')) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('```', '~~~', '````', '``` js'), lines, fc.boolean())
      .map(([fence, l, closed]) => `${fence}\n${l}${closed ? `\n${fence.replace(/ .*/, '')}` : ''}`) },
    { weight: 1, arbitrary: lines.map((l) => l.split('\n').map((x) => `    ${x}`).join('\n')) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('<div>', '<table>', '<!--', '<script>', '<pre>'), lines)
      .map(([tag, l]) => `${tag}\n${l}`) },
    { weight: 1, arbitrary: fc.constantFrom('---', '***', '___', '| a | b |\n| --- | --- |\n| "x" | Umerov said |', '[r]: https://x.org "t"') },
  );
  const body = fc
    .array(fc.tuple(block, fc.constantFrom('\n\n', '\n', '\n\n\n')), { maxLength: 10 })
    .map((blocks) => blocks.map(([b, gap]) => b + gap).join(''));
  const frontMatter = fc.oneof(
    fc.constant(''),
    fc.constant(''),
    lines.map((l) => `---\ntitle: ${l}\n---\n`),
    lines.map((l) => `---\ntitle: ${l}\n`), // never closed
  );
  return fc.tuple(frontMatter, body).map(([front, b]) => front + b);
}

export type LineEnding = 'LF' | 'CRLF' | 'CR' | 'mixed';

/** The text with its line feeds rewritten; `mixed` draws each ending from `choices` in turn. */
export function withLineEndings(text: string, ending: LineEnding, choices: readonly number[] = [0]): string {
  if (ending === 'LF') return text;
  if (ending === 'CRLF') return text.replace(/\n/g, '\r\n');
  if (ending === 'CR') return text.replace(/\n/g, '\r');
  const endings = ['\n', '\r\n', '\r'];
  let i = 0;
  return text.replace(/\n/g, () => endings[choices[i++ % choices.length]! % 3]!);
}
