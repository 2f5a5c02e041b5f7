// Every registration the extension makes is disposed: each `vscode.*.register…`, `create…` and
// `on…` call, each event emitter and each subscription to an event either goes straight into a
// disposal list (`context.subscriptions.push(…)`, `Disposable.from(…)`), or is kept in a field or
// constant that the same file disposes. A static check over `src/vscode/`, cheap and whole-class.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '..', '..', 'src', 'vscode');

/** The offset of the bracket closing the one at `open`. */
function closing(source: string, open: number): number {
  const [o, c] = source[open] === '(' ? ['(', ')'] : ['[', ']'];
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    if (source[i] === o) depth++;
    else if (source[i] === c && --depth === 0) return i;
  }
  return source.length;
}

/** Spans of the argument lists of every call to `push(` or `Disposable.from(`. */
function disposalSpans(source: string): [number, number][] {
  return [...source.matchAll(/\b(?:push|Disposable\.from)\(/g)].map((m) => {
    const open = m.index! + m[0].length - 1;
    return [open, closing(source, open)];
  });
}

/** Array literals assigned to a name (`this.subscriptions = [ … ]`), with their spans. */
function namedArrays(source: string): { name: string; span: [number, number] }[] {
  return [...source.matchAll(/(?:this\.)?(\w+)\s*=\s*\[/g)].map((m) => {
    const open = m.index! + m[0].length - 1;
    return { name: m[1], span: [open, closing(source, open)] };
  });
}

/** Whether the file disposes `name`: `name.dispose()`, `for (const x of this.name) x.dispose()`, or lists it for disposal. */
function disposes(source: string, spans: [number, number][], name: string): boolean {
  if (new RegExp(`\\b${name}\\.dispose\\(\\)`).test(source)) return true;
  if (new RegExp(`of (?:this\\.)?${name}(?:\\.values\\(\\))?\\)\\s*(\\w+)\\.dispose\\(\\)`).test(source)) return true;
  return [...source.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].some((m) => spans.some(([a, b]) => m.index! > a && m.index! < b));
}

const REGISTRATION = /vscode\.(?:languages|commands|window|workspace)\.(?:register|create|on)\w*\(|new vscode\.EventEmitter\b|\.on(?:Did|Will)\w+\(/g;

describe('every registration is disposed', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    const source = readFileSync(join(dir, file), 'utf8');
    const registrations = [...source.matchAll(REGISTRATION)];
    if (!registrations.length) continue;
    it(file, () => {
      const spans = disposalSpans(source);
      const arrays = namedArrays(source);
      const leaks: string[] = [];
      for (const m of registrations) {
        if (spans.some(([a, b]) => m.index! > a && m.index! < b)) continue;
        // Otherwise it must be kept under a name (field, constant, or an array of them) that is disposed.
        const lineStart = source.lastIndexOf('\n', m.index!) + 1;
        const before = source.slice(lineStart, m.index!);
        const name =
          /(?:this\.|readonly |private |const |let )(\w+)(?:\s*:[^=]+)?\s*=\s*[\w.]*$/.exec(before)?.[1] ??
          arrays.find(({ span: [a, b] }) => m.index! > a && m.index! < b)?.name;
        if (name && disposes(source, spans, name)) continue;
        const line = source.slice(0, m.index!).split('\n').length;
        leaks.push(`${file}:${line} ${m[0]}`);
      }
      assert.deepEqual(leaks, []);
    });
  }
});
