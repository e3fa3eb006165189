import { mkdtempSync, writeFileSync, mkdirSync, copyFileSync, rmSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import type { CliIO } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { makeIngestCommand } from '../../src/cli/commands/ingest';
import { SqliteGraphStore } from '../../src/store/sqlite/SqliteGraphStore';
import type { GraphStore } from '../../src/store/port';

const EXAMPLES = path.resolve(__dirname, '../../examples');

function bufferIO(cwd: string, opts: { tty?: boolean; env?: Record<string, string> } = {}): CliIO & { stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    env: opts.env ?? {},
    cwd,
    isTTY: opts.tty ?? false,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}

/** Opens a real SQLite store at `file` that closes itself once `writes` articles are written (the database "goes away"). */
function dyingStore(file: string, writes: number): () => Promise<GraphStore> {
  let written = 0;
  return async () => {
    const store = new SqliteGraphStore({ path: file });
    await store.init();
    const write = store.writeArticle.bind(store);
    store.writeArticle = async (b) => {
      const r = await write(b);
      if (++written === writes) await store.close();
      return r;
    };
    return store;
  };
}

describe('claimgraph ingest', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cg-ingest-'));
    mkdirSync(path.join(dir, 'in', 'sub'), { recursive: true });
    copyFileSync(path.join(EXAMPLES, '000_6262cfbec4e4a1f6.txt'), path.join(dir, 'in', 'pa.txt'));
    copyFileSync(path.join(EXAMPLES, '004_b43e8576c512d32b.txt'), path.join(dir, 'in', 'sub', 'bbc.txt'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('ingests a folder recursively, prints a summary, and recognises the articles on a second run', async () => {
    const io = bufferIO(dir);
    const code = await main(['ingest', 'in', '--store', `sqlite:${path.join(dir, 'g.db')}`], io);
    expect(code).toBe(0);
    expect(io.stdout()).toMatch(/articles new\s+2/);
    expect(io.stdout()).toMatch(/claims added\s+[1-9]\d*/);
    expect(io.stdout()).toMatch(/links added\s+[1-9]\d* \(.*corroborates/);
    const again = bufferIO(dir);
    expect(await main(['ingest', 'in/**/*.txt', '--store', `sqlite:${path.join(dir, 'g.db')}`, '--json'], again)).toBe(0);
    const summary = JSON.parse(again.stdout());
    expect(summary.articles).toEqual({ new: 0, known: 2, failed: 0 });
  });

  it('fails a binary file, a file over the size limit and a missing path alone, exits 1, and keeps the good ones', async () => {
    writeFileSync(path.join(dir, 'in', 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(path.join(dir, 'in', 'huge.txt'), 'Officials said the strikes went on. '.repeat(200));
    const io = bufferIO(dir, { env: { CLAIMGRAPH_MAX_ARTICLE_BYTES: '4096' } });
    // The sample articles are over 1 KB, so give them room: the limit is applied per file.
    const code = await main(['ingest', 'in/pa.txt', 'in/photo.txt', 'in/huge.txt', 'in/nothere.txt', '--store', `sqlite:${path.join(dir, 'g.db')}`], io);
    expect(code).toBe(1);
    const out = io.stdout();
    expect(out).toMatch(/articles new\s+1/);
    expect(out).toMatch(/failed\s+3/);
    expect(out).toMatch(/photo\.txt.*binary/);
    expect(out).toMatch(/huge\.txt.*over the limit of 4096/);
    expect(out).toMatch(/nothere\.txt: no such file or folder/);
  });

  it('draws a progress bar on a terminal only', async () => {
    const tty = bufferIO(dir, { tty: true });
    expect(await main(['ingest', 'in', '--store', `sqlite:${path.join(dir, 'g.db')}`], tty)).toBe(0);
    expect(tty.stderr()).toMatch(/ingest \[#+\.*\] 2\/2/);
    const pipe = bufferIO(dir);
    expect(await main(['ingest', 'in', '--store', `sqlite:${path.join(dir, 'g2.db')}`], pipe)).toBe(0);
    expect(pipe.stderr()).toBe('');
  });

  it('refuses bad arguments with exit 2', async () => {
    const io = bufferIO(dir);
    expect(await main(['ingest', '--store', 'sqlite::memory:'], io)).toBe(2);
    expect(io.stderr()).toMatch(/name at least one file/);
    expect(await main(['ingest', 'in', '--format', 'pdf', '--store', 'sqlite::memory:'], io)).toBe(2);
  });

  it('reports the files left when the store goes away mid-run, and a re-run resumes', async () => {
    const file = path.join(dir, 'g.db');
    // A real store that closes itself after its first article is written (the database "goes away").
    const dying = dyingStore(file, 1);
    const io = bufferIO(dir);
    const code = await makeIngestCommand({ openStore: dying }).run(['in/pa.txt', 'in/sub/bbc.txt', '--store', `sqlite:${file}`], io);
    expect(code).toBe(1);
    expect(io.stdout()).toMatch(/articles new\s+1/);
    expect(io.stdout()).toMatch(/bbc\.txt: .*STORE_UNAVAILABLE/);

    const again = bufferIO(dir);
    expect(await main(['ingest', 'in/pa.txt', 'in/sub/bbc.txt', '--store', `sqlite:${file}`, '--json'], again)).toBe(0);
    expect(JSON.parse(again.stdout()).articles).toEqual({ new: 1, known: 1, failed: 0 });
  });

  describe('many files (parse + extract ahead in a worker thread)', () => {
    const many = (): string[] => {
      const names: string[] = [];
      const texts = [readFileSync(path.join(EXAMPLES, '000_6262cfbec4e4a1f6.txt'), 'utf8'), readFileSync(path.join(EXAMPLES, '004_b43e8576c512d32b.txt'), 'utf8')];
      for (let i = 0; i < 8; i++) {
        const name = path.join('many', `a${i}.txt`);
        // Each copy a little different, so each is a new article that copies the ones before.
        writeFileSync(path.join(dir, name), `${texts[i % 2]}\n\nEditor's note ${i}: this copy was filed by desk number ${i + 1}.`);
        names.push(name);
      }
      writeFileSync(path.join(dir, 'many', 'b-photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
      return names;
    };
    beforeEach(() => mkdirSync(path.join(dir, 'many'), { recursive: true }));

    it('reports the same summary with the worker as without it', async () => {
      many();
      const run = async (env: Record<string, string>, db: string): Promise<Record<string, unknown>> => {
        const io = bufferIO(dir, { env });
        expect(await main(['ingest', 'many', '--store', `sqlite:${path.join(dir, db)}`, '--json'], io)).toBe(1);
        const { seconds: _s, store: _st, ...rest } = JSON.parse(io.stdout());
        return rest;
      };
      const single = await run({ CLAIMGRAPH_INGEST_WORKER: '0' }, 'one.db');
      const both = await run({}, 'two.db');
      expect(both).toEqual(single);
      expect(single.articles).toEqual({ new: 8, known: 0, failed: 1 });
    }, 120_000);

    it('reports the files left when the store goes away mid-run', async () => {
      many();
      const file = path.join(dir, 'g.db');
      const dying = dyingStore(file, 2);
      const io = bufferIO(dir);
      expect(await makeIngestCommand({ openStore: dying }).run(['many', '--store', `sqlite:${file}`, '--json'], io)).toBe(1);
      const summary = JSON.parse(io.stdout());
      expect(summary.articles).toEqual({ new: 2, known: 0, failed: 7 });
      expect(summary.failures.map((f: { file: string; code: string }) => [f.file, f.code])).toEqual([
        ['many/a2.txt', 'STORE_UNAVAILABLE'],
        ...['a3', 'a4', 'a5', 'a6', 'a7', 'b-photo'].map((n) => [`many/${n}.txt`, 'STORE_UNAVAILABLE']),
      ]);
      expect(summary.failures[1].message).toMatch(/^not attempted: the store went away/);
    }, 120_000);

    it('exits cleanly under bin/claimgraph.js (TypeScript through tsx, worker included)', () => {
      many();
      const bin = path.resolve(__dirname, '../../bin/claimgraph.js');
      const r = spawnSync(process.execPath, [bin, 'ingest', 'many', '--store', `sqlite:${path.join(dir, 'bin.db')}`, '--json'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
      expect(r.error).toBeUndefined();
      expect(r.signal).toBeNull();
      expect(r.status).toBe(1);
      expect(JSON.parse(r.stdout).articles).toEqual({ new: 8, known: 0, failed: 1 });
    }, 130_000);
  });
});

