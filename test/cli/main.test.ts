import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { parseArgs } from '../../src/cli/args';

function bufferIO(): CliIO & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => void stdout.push(t), err: (t) => void stderr.push(t), env: {}, cwd: process.cwd(), isTTY: false };
}

describe('claimgraph command', () => {
  it('lists commands on --help', async () => {
    const io = bufferIO();
    expect(await main(['--help'], io)).toBe(0);
    const text = io.stdout.join('');
    for (const c of ['extract', 'ingest', 'export', 'serve', 'query', 'eval']) expect(text).toContain(c);
  });

  it('refuses an unknown command with exit 2', async () => {
    const io = bufferIO();
    expect(await main(['frobnicate'], io)).toBe(2);
    expect(io.stderr.join('')).toContain('unknown command "frobnicate"');
    // Names of Object.prototype members are unknown commands too, not its functions.
    for (const name of ['constructor', 'toString', '__proto__']) {
      const io2 = bufferIO();
      expect(await main([name], io2)).toBe(2);
      expect(io2.stderr.join('')).toContain(`unknown command "${name}"`);
    }
  });

  it('prints a bad store URL as one line without a stack trace', async () => {
    const io = bufferIO();
    const code = await main(['query', '{ __typename }', '--store', 'postgres://nowhere'], io);
    expect(code).toBe(2);
    const err = io.stderr.join('');
    expect(err).toContain('[CONFIG]');
    expect(err).not.toMatch(/\n\s+at /);
  });
});

describe('flag parser', () => {
  it('takes value and boolean flags and rejects unknown ones', () => {
    expect(parseArgs(['a', '--json', '--store', 'x', '--port=5', 'b'], { values: ['store', 'port'], booleans: ['json'] })).toEqual({
      positional: ['a', 'b'],
      flags: { json: 'true', store: 'x', port: '5' },
    });
    expect(() => parseArgs(['--nope'], {})).toThrow('unknown flag --nope');
    expect(() => parseArgs(['--store'], { values: ['store'] })).toThrow('--store needs a value');
  });
});
