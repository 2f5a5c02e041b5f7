// Writes `snippets/markdown.json` from the bundled entity list (`data/entities.yaml`).
// Run by the build (`npm run build` runs it first); `--check` only reports whether the file is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEntityFile } from '../src/engine/entities/load';
import { buildSnippets, serializeSnippets } from '../src/vscode/snippets';

const root = join(__dirname, '..');
export const ENTITIES_PATH = join(root, 'data', 'entities.yaml');
export const SNIPPETS_PATH = join(root, 'snippets', 'markdown.json');

/** The snippets file's text as generated from the entity list on disk. */
export function generatedSnippets(): string {
  const { list, problems } = parseEntityFile(readFileSync(ENTITIES_PATH, 'utf8'), 'data/entities.yaml');
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new Error(errors.map((p) => `${p.path}:${p.line}:${p.column}: ${p.message}`).join('\n'));
  }
  return serializeSnippets(buildSnippets(list));
}

function main(): void {
  const text = generatedSnippets();
  if (process.argv.includes('--check')) {
    const current = readFileSync(SNIPPETS_PATH, 'utf8');
    if (current !== text) {
      console.error('snippets/markdown.json is out of date: run `npm run build`.');
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(SNIPPETS_PATH, text);
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
