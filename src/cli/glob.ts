// Expands the globs of `entityFiles` (`*`, `?`, `**`, `{a,b}`) relative to the config's folder.
// Matching is done without regular expressions: a star is matched greedily with one resume point,
// so no pattern (however many stars) can make the match slower than length × length.
import * as fs from 'node:fs';
import * as path from 'node:path';

const MAX_DEPTH = 40;
const MAX_ALTERNATIVES = 64;

export function hasGlob(pattern: string): boolean {
  return /[*?{]/.test(pattern);
}

/** Absolute paths of the files matching `pattern` under `base`, sorted. */
export function expandGlob(base: string, pattern: string): string[] {
  const parts = path.resolve(base, pattern).split(path.sep).join('/').split('/');
  const firstGlob = parts.findIndex(hasGlob);
  if (firstGlob < 0) return [];
  const root = parts.slice(0, firstGlob).join('/') || '/';
  const segments = collapseGlobstars(parts.slice(firstGlob));
  const found: string[] = [];
  const visit = (dir: string, rel: string[]) => {
    if (rel.length > MAX_DEPTH) return;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      const relChild = [...rel, e.name];
      if (e.isDirectory()) {
        if (!e.name.startsWith('.') && e.name !== 'node_modules') visit(full, relChild);
      } else if (matchPath(segments, relChild)) {
        found.push(full);
      }
    }
  };
  visit(root, []);
  return found.sort();
}

/** `a/**\/**\/b` is `a/**\/b`: repeated globstars add nothing but work. */
function collapseGlobstars(segments: string[]): string[] {
  return segments.filter((s, i) => !(s === '**' && segments[i - 1] === '**'));
}

/** Whether path segments match pattern segments, `**` standing for any number of folders. */
export function matchPath(pattern: string[], names: string[]): boolean {
  // memo[i][j]: does pattern[i..] match names[j..]? Filled once each: pattern × names work at most.
  const memo = new Map<number, boolean>();
  const width = names.length + 1;
  const match = (i: number, j: number): boolean => {
    const key = i * width + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === pattern.length) result = j === names.length;
    else if (pattern[i] === '**') {
      // Zero folders, or one more: a trailing `**` takes files too ("lists/**").
      const canTake = i === pattern.length - 1 ? j < names.length : j < names.length - 1;
      result = match(i + 1, j) || (canTake && match(i, j + 1));
    }
    else result = j < names.length && matchSegment(pattern[i], names[j]) && match(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return match(0, 0);
}

/** One folder or file name against one pattern segment with `*`, `?` and `{a,b}`. */
export function matchSegment(pattern: string, name: string): boolean {
  return expandBraces(pattern).some((alternative) => wildcard(alternative, name));
}

/** `team-{a,b}.yaml` → `team-a.yaml`, `team-b.yaml` (no nesting; capped). */
function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  const close = open < 0 ? -1 : pattern.indexOf('}', open);
  if (close < 0) return [pattern];
  const head = pattern.slice(0, open);
  const rest = expandBraces(pattern.slice(close + 1));
  const out: string[] = [];
  for (const choice of pattern.slice(open + 1, close).split(',')) {
    for (const tail of rest) {
      if (out.length >= MAX_ALTERNATIVES) return out;
      out.push(head + choice + tail);
    }
  }
  return out;
}

/** `*` any run of characters, `?` one character, everything else itself. */
function wildcard(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let star = -1; // where the last star was, to resume from it on a mismatch
  let resume = 0;
  while (n < name.length) {
    if (p < pattern.length && (pattern[p] === '?' || (pattern[p] !== '*' && pattern[p] === name[n]))) {
      p++;
      n++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      resume = n;
    } else if (star >= 0) {
      p = star + 1;
      n = ++resume;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
