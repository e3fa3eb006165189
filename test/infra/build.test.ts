import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { repoRoot } from '../../src/config/repoRoot';

const root = resolve(__dirname, '..', '..');

describe('the compiled tree (npm install builds dist/; bin/entry.js runs it while it is fresh)', () => {
  it('repoRoot finds the repository from the sources and from a compiled copy beneath it', () => {
    expect(repoRoot(join(root, 'src', 'config'))).toBe(root);
    const tmp = mkdtempSync(join(tmpdir(), 'claimgraph-root-'));
    try {
      writeFileSync(join(tmp, 'package.json'), '{}');
      mkdirSync(join(tmp, 'dist', 'src', 'api'), { recursive: true });
      expect(repoRoot(join(tmp, 'dist', 'src', 'api'))).toBe(tmp);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('CLAIMGRAPH_TS=1 runs the sources whatever dist/ holds', () => {
    const out = execFileSync(process.execPath, ['-e', "process.stdout.write(String(require('./bin/entry').distIsFresh()))"], { cwd: root, env: { ...process.env, CLAIMGRAPH_TS: '1' } });
    expect(out.toString()).toBe('false');
  });

  it('the command extracts the same interchange JSON from dist/ (when built) as from the sources', () => {
    const run = (env: Record<string, string>): string =>
      execFileSync(process.execPath, ['bin/claimgraph.js', 'extract', 'examples', '--json'], { cwd: root, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 }).toString();
    const fromSources = run({ CLAIMGRAPH_TS: '1' });
    expect(JSON.parse(fromSources)).toBeTruthy();
    expect(run({ CLAIMGRAPH_TS: '' })).toBe(fromSources);
  }, 60000);
});
