import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../config/repoRoot';

/** The repository root (from the sources or the compiled tree). */
export const REPO_ROOT = repoRoot();

/**
 * Where the shared evaluation data lives: `--shared DIR`, else CLAIMGRAPH_SHARED, else
 * `<repo>/../shared`. Returns null when that directory does not exist, so callers can
 * skip the corpus parts with a message instead of failing.
 */
export function sharedDir(flag: string | undefined, env: Record<string, string | undefined>, cwd: string): { dir: string; exists: boolean } {
  const dir = flag ? resolve(cwd, flag) : env.CLAIMGRAPH_SHARED ? resolve(cwd, env.CLAIMGRAPH_SHARED) : resolve(REPO_ROOT, '..', 'shared');
  return { dir, exists: existsSync(dir) && statSync(dir).isDirectory() };
}
