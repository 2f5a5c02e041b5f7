// Builds the benchmark drafts of SPEC §6 from real news copy: the report and the PolNeAR dev articles,
// always both, with front matter, code blocks, inline code, links and comments mixed in. Every copy that
// makes up a large draft is varied (paragraphs shuffled, numbers and names changed) so no cache can make
// repeats free.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Article {
  name: string;
  paragraphs: string[];
}

/** A small, fast, seeded generator (mulberry32), so every run builds the same drafts. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The report (its first paragraph spans two lines) and every dev article, split into paragraphs. */
export function loadArticles(sharedDir: string): Article[] {
  const report = readFileSync(join(sharedDir, 'seed', 'report.txt'), 'utf8').replace(/\s+$/, '');
  const reportLines = report.split('\n');
  const articles: Article[] = [
    { name: 'report', paragraphs: [reportLines[0] + ' ' + reportLines[1], ...reportLines.slice(2)] },
  ];
  const textDir = join(sharedDir, 'corpus', 'polnear-dev', 'text');
  for (const file of readdirSync(textDir).sort()) {
    if (!file.endsWith('.txt')) continue;
    const text = readFileSync(join(textDir, file), 'utf8');
    const paragraphs = text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0);
    articles.push({ name: file, paragraphs });
  }
  return articles;
}

const capitalisedWord = /\b[A-Z][a-z]{3,}\b/g;

/** Every capitalised word of four letters or more: the pool that names are swapped within. */
function namePool(articles: Article[]): string[] {
  const words = new Set<string>();
  for (const article of articles) {
    for (const paragraph of article.paragraphs) {
      for (const m of paragraph.matchAll(capitalisedWord)) words.add(m[0]);
    }
  }
  return [...words].sort();
}

/** One copy's name changes: about a third of the pool, each mapped to another word of the pool. */
function nameChanges(pool: string[], random: () => number): Map<string, string> {
  const targets = shuffle(pool, random);
  const changes = new Map<string, string>();
  pool.forEach((word, i) => {
    if (random() < 0.33) changes.set(word, targets[i]);
  });
  return changes;
}

function vary(paragraph: string, names: Map<string, string>, random: () => number): string {
  return paragraph
    .replace(/\d+/g, (digits) => String(Math.floor(random() * 10 ** digits.length)).padStart(digits.length, '1'))
    .replace(capitalisedWord, (word) => names.get(word) ?? word);
}

/** Markdown that Copydesk must skip or read around, mixed between the paragraphs of the copy. */
function interlude(n: number): string {
  switch (n % 4) {
    case 0:
      return '```js\nconst quote = "not a quote"; // said nobody\nconsole.log(quote);\n```';
    case 1:
      return `Read the [full statement](https://example.org/statements/${n} "Statement ${n}") or <https://example.org/${n}>.`;
    case 2:
      return `The figures are in \`table_${n}.csv\` and the notes in [the appendix][ref${n}].\n\n[ref${n}]: https://example.org/appendix/${n}`;
    default:
      return `<!-- editor's note ${n}: check the "figures" with the desk -->`;
  }
}

/** A markdown draft of at least `targetChars` characters, made of varied copies of every article. */
export function buildDraft(articles: Article[], targetChars: number, seed: number): string {
  const random = seededRandom(seed);
  const pool = namePool(articles);
  const parts: string[] = ['---\ntitle: Benchmark draft\ndesk: politics\ntags: [bench, "talks"]\n---'];
  let size = parts[0].length;
  let copy = 0;
  let interludes = 0;
  while (size < targetChars) {
    const names = nameChanges(pool, random);
    for (const article of shuffle(articles, random)) {
      if (size >= targetChars) break;
      const add = (part: string) => {
        parts.push(part);
        size += part.length + 2;
      };
      add(`## ${article.name} (copy ${copy + 1})`);
      let since = 0;
      for (const paragraph of shuffle(article.paragraphs, random)) {
        add(vary(paragraph, names, random));
        if (++since % 6 === 0) add(interlude(interludes++));
      }
    }
    copy++;
  }
  // The final newline joins the last part, not the joined string: `joined + '\n'` would be a two-part
  // string that every character read goes through, where a document from an editor or a file is flat.
  parts[parts.length - 1] += '\n';
  return parts.join('\n\n');
}
