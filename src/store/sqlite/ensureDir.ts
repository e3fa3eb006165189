import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Creates a folder and its missing parents, one level at a time. Not mkdirSync's
 * `recursive` option: on Node 20 that loops forever under /proc (ENOENT on every retry),
 * which would turn a bad configured path into a hung process instead of an error.
 */
export function ensureDir(dir: string): void {
  let st;
  try {
    st = statSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    const parent = dirname(dir);
    if (parent === dir) throw e;
    ensureDir(parent);
    mkdirSync(dir);
    return;
  }
  if (!st.isDirectory()) throw new Error(`${dir} exists and is not a folder`);
}
