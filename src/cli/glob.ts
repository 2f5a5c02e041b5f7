// Expands the globs of `entityFiles` (`*`, `?`, `**`, `{a,b}`) relative to the config's folder.
import * as fs from 'node:fs';
import * as path from 'node:path';

export function hasGlob(pattern: string): boolean {
  return /[*?{[]/.test(pattern);
}

/** Absolute paths of the files matching `pattern` under `base`, sorted. */
export function expandGlob(base: string, pattern: string): string[] {
  const absolute = path.resolve(base, pattern).split(path.sep).join('/');
  const parts = absolute.split('/');
  const firstGlob = parts.findIndex(hasGlob);
  const root = parts.slice(0, firstGlob).join('/') || '/';
  const matcher = globToRegExp(parts.slice(firstGlob).join('/'));
  const found: string[] = [];
  const visit = (dir: string, rel: string, depth: number) => {
    if (depth > 40) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const relChild = rel ? `${rel}/${e.name}` : e.name;
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && e.name !== 'node_modules') visit(full, relChild, depth + 1);
      } else if (matcher.test(relChild)) {
        found.push(full);
      }
    }
  };
  visit(root, '', 0);
  return found.sort();
}

/** A linear, anchored regular expression for a glob (no nested quantifiers). */
function globToRegExp(glob: string): RegExp {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        out += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) out += '\\{';
      else {
        out += `(?:${glob.slice(i + 1, close).split(',').map(escape).join('|')})`;
        i = close;
      }
    } else out += escape(c);
  }
  return new RegExp(`^${out}$`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
