import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../../src/cli/main';
import type { CliIO } from '../../../src/cli/io';

const repo = resolve(__dirname, '..', '..', '..');

function bufferIO(cwd = repo): CliIO & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    env: {},
    cwd,
    isTTY: false,
    stdout: () => out,
    stderr: () => err,
  };
}

describe('claimgraph extract', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cg-extract-'));
    writeFileSync(join(dir, 'good.txt'), 'Air strikes on Sunday destroyed three villages, officials said.\n\n“We lost everything,” said farmer Ali Karim.');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7, 8, 0, 0]));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--json prints one interchange object per article, as a JSON array', async () => {
    const io = bufferIO();
    const code = await main(['extract', '--json', 'examples/000_6262cfbec4e4a1f6.txt', 'examples/004_b43e8576c512d32b.txt'], io);
    expect(code).toBe(0);
    const arr = JSON.parse(io.stdout()) as Array<{ article: { file: string }; claims: Array<{ kind: string }> }>;
    expect(arr).toHaveLength(2);
    expect(arr[0]!.article.file).toBe('examples/000_6262cfbec4e4a1f6.txt');
    expect(arr[0]!.claims.some((c) => c.kind === 'observation')).toBe(true);
    expect(io.stderr()).toBe('');
  });

  it("the readable summary prints the page's corrections and editor's notes under its heading", async () => {
    writeFileSync(join(dir, 'corrected.txt'), 'Air strikes on Sunday destroyed three villages, officials said.\n\nCorrection: An earlier version of this story said four villages.');
    const io = bufferIO();
    expect(await main(['extract', join(dir, 'corrected.txt')], io)).toBe(0);
    const lines = io.stdout().split('\n');
    expect(lines[2]).toBe('   note (correction): Correction: An earlier version of this story said four villages.');
    expect(io.stdout()).not.toMatch(/\d+\. \[.*four villages/u);
  });

  it('--jsonl prints one object per line', async () => {
    const io = bufferIO();
    expect(await main(['extract', '--jsonl', join(dir, 'good.txt'), 'examples/004_b43e8576c512d32b.txt'], io)).toBe(0);
    const lines = io.stdout().trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(JSON.parse(l)).toHaveProperty('claims');
  });

  it('without --json prints a readable summary with kind, speaker, quantities and event', async () => {
    const io = bufferIO();
    expect(await main(['extract', join(dir, 'good.txt')], io)).toBe(0);
    const out = io.stdout();
    expect(out).toMatch(/== .*good\.txt/u);
    expect(out).toMatch(/\[quote\] Ali Karim .*We lost everything/u);
    expect(out).toMatch(/\[attributed\] officials — said: Air strikes on Sunday/u);
    expect(out).toMatch(/quantities: "three" = 3 villages/u);
    expect(out).toMatch(/event: /u);
  });

  it('the summary prints an event dated by a part of a month as its range', async () => {
    writeFileSync(join(dir, 'range.txt'), ' date 2020-03-14 Taji\n\nIn late December, U.S. strikes on Kataib Hezbollah killed 25 fighters.');
    const io = bufferIO();
    expect(await main(['extract', join(dir, 'range.txt')], io)).toBe(0);
    expect(io.stdout()).toMatch(/event: air strikes 2019-12-21\.\.2019-12-31/u);
  });

  it('reports bad files on stderr by name, goes on with the rest and exits 1', async () => {
    const io = bufferIO();
    const code = await main(['extract', '--json', join(dir, 'empty.txt'), join(dir, 'binary.txt'), join(dir, 'missing.txt'), join(dir, 'good.txt')], io);
    expect(code).toBe(1);
    const err = io.stderr();
    expect(err).toMatch(/empty\.txt/u);
    expect(err).toMatch(/binary\.txt/u);
    expect(err).toMatch(/missing\.txt/u);
    expect(JSON.parse(io.stdout())).toHaveLength(1);
  });

  it('refuses a call without files and unknown flags (exit 2)', async () => {
    const a = bufferIO();
    expect(await main(['extract'], a)).toBe(2);
    expect(a.stderr()).toMatch(/no input files/u);
    const b = bufferIO();
    expect(await main(['extract', '--yaml', 'x.txt'], b)).toBe(2);
  });
});
