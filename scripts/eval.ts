// npm run eval -- DIR [--verbose]
// Runs the engine over DIR/text/*.txt (as plain text) and scores it against DIR/attributions/*.ann
// (brat standoff) with the metrics of SPEC §9.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { analyze } from '../src/engine/analyze';
import { compileEntities } from '../src/engine/entities/compile';
import { parseEntityFile } from '../src/engine/entities/load';
import type { EntityList, Range } from '../src/engine/types';
import { parseBrat } from './eval/brat';
import { metrics, scoreArticle, sumScores, type ArticleScore, type Counts, type Totals } from './eval/score';

function usage(): never {
  process.stderr.write('usage: npm run eval -- DIR [--verbose]\n');
  process.exit(2);
}

function bundledEntities(): EntityList {
  const path = join(__dirname, '..', 'data', 'entities.yaml');
  if (!existsSync(path)) return { sources: [], entities: [] };
  return parseEntityFile(readFileSync(path, 'utf8'), 'data/entities.yaml').list;
}

function pct(n: number): string {
  return n.toFixed(3);
}

function line(label: string, c: Counts): string {
  const m = metrics(c);
  return `${label}: P ${pct(m.precision)}  R ${pct(m.recall)}  F1 ${pct(m.f1)}  (gold ${c.gold}, predicted ${c.predicted}, matched ${c.matched}, neutral ${c.neutral})`;
}

function report(t: Totals): string {
  const acc = t.speakers.found > 0 ? t.speakers.right / t.speakers.found : 1;
  return [
    line('direct quotes', t.quotes),
    `speaker accuracy: ${pct(acc)}  (${t.speakers.right} of ${t.speakers.found} found quotes)`,
    line('every attribution', t.attributions),
  ].join('\n');
}

function snippet(text: string, r: Range, max = 90): string {
  const s = text.slice(r.start, r.end).replace(/\s+/g, ' ');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function details(name: string, text: string, s: ArticleScore): string[] {
  const out: string[] = [];
  const src = (ranges: Range[]) => ranges.map((r) => text.slice(r.start, r.end)).join(' … ') || '(no source)';
  for (const g of s.missedQuotes) out.push(`  missed quote @${g.range.start}: ${snippet(text, g.range)}  [${src(g.relation.source)}]`);
  for (const p of s.spuriousQuotes) out.push(`  spurious quote @${p.range.start}: ${snippet(text, p.range)}`);
  for (const w of s.wrongSpeakers) {
    const got = w.predicted.source ? text.slice(w.predicted.source.start, w.predicted.source.end) : '(none)';
    out.push(`  wrong speaker @${w.gold.range.start}: gold ${src(w.gold.relation.source)} / got ${got} (${w.predicted.speakerName ?? 'no speaker'}): ${snippet(text, w.gold.range, 60)}`);
  }
  for (const g of s.missedAttributions) out.push(`  missed attribution @${g.content[0].start}: ${snippet(text, g.content[0], 70)}  [${src(g.source)}]`);
  for (const r of s.spuriousAttributions) out.push(`  spurious attribution @${r.start}: ${snippet(text, r, 70)}`);
  return out.length ? [name, ...out] : [];
}

function main(): void {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  const dir = args.find((a) => !a.startsWith('-'));
  if (!dir) usage();
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) {
    process.stderr.write(`eval: ${dir} needs text/ and attributions/ folders\n`);
    process.exit(2);
  }
  const index = compileEntities(bundledEntities());
  const scores: ArticleScore[] = [];
  const verboseLines: string[] = [];
  for (const file of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    const name = basename(file, '.txt');
    const annPath = join(annDir, `${name}.ann`);
    if (!existsSync(annPath)) continue;
    const text = readFileSync(join(textDir, file), 'utf8').replace(/^\uFEFF/, '');
    const gold = parseBrat(readFileSync(annPath, 'utf8'));
    const score = scoreArticle(text, gold, analyze(text, 'plaintext', index));
    scores.push(score);
    if (verbose) {
      verboseLines.push(`${name}\n${report(sumScores([score])).replace(/^/gm, '  ')}`);
      verboseLines.push(...details(name, text, score));
    }
  }
  if (verbose) process.stdout.write(`${verboseLines.join('\n')}\n\n`);
  process.stdout.write(`${scores.length} articles\n${report(sumScores(scores))}\n`);
}

main();
