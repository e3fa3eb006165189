import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { ARTICLE_FILE_EXTENSIONS } from '../extract/parse/sniffFormat';

/** Extensions read when walking a folder; a file named explicitly is read whatever its name. */
const ARTICLE_EXTENSIONS = ARTICLE_FILE_EXTENSIONS;

export interface InputFile {
  path: string;
  /** Shown in messages: the path as given or relative to the working directory. */
  display: string;
}

export interface CollectResult {
  files: InputFile[];
  /** Arguments that named nothing readable, with why. */
  problems: Array<{ arg: string; message: string }>;
}

/** Expands files, folders (recursively, article extensions only, hidden entries skipped) and globs; unique, in argument order. */
export async function collectInputFiles(args: readonly string[], cwd: string): Promise<CollectResult> {
  const files: InputFile[] = [];
  const seen = new Set<string>();
  const problems: CollectResult['problems'] = [];
  const add = (abs: string): void => {
    if (seen.has(abs)) return;
    seen.add(abs);
    const rel = path.relative(cwd, abs);
    files.push({ path: abs, display: rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel });
  };
  for (const arg of args) {
    const abs = path.resolve(cwd, arg);
    let st;
    try {
      st = await stat(abs);
    } catch {
      st = null;
    }
    if (st?.isFile()) {
      add(abs);
    } else if (st?.isDirectory()) {
      const found = await walk(abs);
      if (found.length === 0) problems.push({ arg, message: `folder has no article files (${[...ARTICLE_EXTENSIONS].join(' ')})` });
      found.sort().forEach(add);
    } else if (isDynamicPattern(arg)) {
      const matches = await glob([arg], { cwd, absolute: true, onlyFiles: true, dot: false });
      if (matches.length === 0) problems.push({ arg, message: 'no files match' });
      matches.sort().forEach((m) => add(path.resolve(m)));
    } else {
      problems.push({ arg, message: 'no such file or folder' });
    }
  }
  return { files, problems };
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop() as string;
    const entries = await readdir(d, { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile() && ARTICLE_EXTENSIONS.has(path.extname(e.name).toLowerCase())) out.push(p);
    }
  }
  return out;
}
