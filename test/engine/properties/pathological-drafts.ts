// Drafts no writer means to write, as functions of a size in characters, for the pathological and
// scaling suites: each returns about `size` characters of one hostile shape.
import { namesInList } from './bundled';

/** `unit` repeated to about `size` characters (at least once). */
export function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.round(size / unit.length)));
}

const names = namesInList();
const NEWS = 'The U.S. team met Rustem Umerov in Berlin on Dec. 19, "we are ready," he said, and Witkoff agreed. ';

/** Shapes known to make a step super-linear, with the bug: skipped (they would take hours at 1 MB) until it is fixed. */
export const KNOWN_SUPERLINEAR: ReadonlyMap<string, string> = new Map([]);

export const PATHOLOGICAL: Array<[string, (size: number) => string]> = [
  ['one line of news copy, no line break', (size) => fill(NEWS, size)],
  ['nothing but straight and curly quote marks', (size) => fill('"“”', size)],
  ['quote marks between words', (size) => fill('a " b “ c ” ', size)],
  ['only opening quotes', (size) => fill('“Umerov said ', size)],
  ['only straight opening quotes after spaces', (size) => fill(' "a', size)],
  ['only closing quotes', (size) => fill('a” ', size)],
  ['thousands of listed names, their variants and titles', (size) => fill(`${names.join(' ')} `, size)],
  ['a quote with a listed speaker, over and over', (size) => fill(names.map((n) => `"Yes," ${n} said. `).join(''), size)],
  ['capitalised words after a title, never a sentence end', (size) => fill('Sen. Ab Cd Foreign Minister Ef Gh said ', size)],
  ['one word without a space', (size) => 'x'.repeat(size)],
  ['one long hyphenated word after a name', (size) => `Umerov ${fill('Ab-', size)}`],
  ['a long quoted word of capitals', (size) => `He said "${'A'.repeat(size)}".`],
  ['a long word after a capital inside quotes', (size) => `"Umerov Said a ${'ü'.repeat(size)}.ü," Umerov said.`],
  ['lists nested 5,000 deep', (size) => fill(`${'- '.repeat(5000)}item, "yes," Umerov said\n`, size)],
  ['block quotes nested 5,000 deep', (size) => fill(`${'> '.repeat(5000)}"yes," Umerov said\n`, size)],
  ['indented list items, each one deeper', (size) => {
    let text = '';
    for (let depth = 0; text.length < size; depth = (depth + 1) % 200) text += `${'  '.repeat(depth)}- "a," he said\n`;
    return text;
  }],
  ['runs of opening brackets', (size) => `the cat sat a ${fill(' (', size)} b.`],
  ['nothing but backticks', (size) => '`'.repeat(size)],
  ['backtick runs of growing length', (size) => {
    let text = '';
    for (let run = 1; text.length < size; run++) text += `${'`'.repeat(run)} x `;
    return text;
  }],
  ['one unclosed HTML comment over news copy', (size) => `<!-- ${fill(NEWS, size)}`],
  ['"<!--" over and over', (size) => fill('<!--', size)],
  ['unclosed tags, links and emphasis', (size) => fill('<a [b](c "d *e _f ', size)],
  ['sentence stops everywhere', (size) => fill('. U.S. ... … ?! Mr. ', size)],
  ['blank lines and line ends of every kind', (size) => fill('\n\r\n\r \n', size)],
];
