// A small glob: `*` and `?` within one path segment, `**` across segments, `[abc]` classes.
// (fs.glob is experimental on Node 20.) Matches are yielded sorted, walking lazily.
import { readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

export function hasGlobChars(s: string): boolean {
  return /[*?[]/.test(s);
}

/** Translates one glob into a RegExp over `/`-separated relative paths. */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        // `**/` matches zero or more whole segments; a trailing `**` matches everything below.
        if (pattern[i + 2] === '/') { re += '(?:[^/]*/)*'; i += 2; } else { re += '.*'; i += 1; }
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        let cls = pattern.slice(i + 1, close).replace(/\\/g, '\\\\');
        if (cls.startsWith('!')) cls = '^' + cls.slice(1);
        re += `[${cls}]`;
        i = close;
      }
    } else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Splits a pattern into the literal directory it starts from and the glob part below it. */
function splitBase(pattern: string): { base: string; rest: string } {
  const segs = pattern.split('/');
  let i = 0;
  while (i < segs.length - 1 && !hasGlobChars(segs[i])) i++;
  const baseSegs = segs.slice(0, i);
  const base = baseSegs.length === 0 ? '.' : baseSegs.join('/') || '/';
  return { base, rest: segs.slice(i).join('/') };
}

/** Files matching `pattern`, sorted within each directory, depth first; paths keep the pattern's base as given. */
export function* globFiles(pattern: string): Generator<string> {
  const norm = sep === '\\' ? pattern.replace(/\\/g, '/') : pattern;
  const { base, rest } = splitBase(norm);
  const re = globToRegExp(rest);
  const deep = rest.includes('**') || rest.includes('/');
  const prefix = base === '.' && !norm.startsWith('./') ? '' : base.endsWith('/') ? base : base + '/';
  function* walk(dir: string, rel: string): Generator<string> {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.') && !rest.startsWith('.')) continue;
      const p = join(dir, name);
      const r = rel ? `${rel}/${name}` : name;
      let isDir = false;
      try {
        isDir = statSync(p).isDirectory();
      } catch {
        continue;
      }
      if (isDir) {
        if (deep) yield* walk(p, r);
      } else if (re.test(r)) yield prefix + r;
    }
  }
  yield* walk(base, '');
}
