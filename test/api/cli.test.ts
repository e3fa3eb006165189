import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/io';
import { ROOT } from './support/harness';

const BIN = join(ROOT, 'bin/claimgraph.js');

function run(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** Starts `claimgraph serve` and resolves once it prints its URL. */
function startServer(args: string[]): Promise<{ child: ChildProcess; base: string; out: () => string; err: () => string; exit: Promise<number | null> }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', ...args], { cwd: ROOT, env: { ...process.env, CLAIMGRAPH_API_KEYS: '' } });
    let out = '';
    let err = '';
    const exit = new Promise<number | null>((r) => child.on('close', r));
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}${err}`)), 60_000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = /GraphiQL and GraphQL: (http:\/\/[^\s]+)\/graphql/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, base: m[1] as string, out: () => out, err: () => err, exit });
      }
    });
    child.stderr.on('data', (d) => (err += d));
    void exit.then((code) => reject(new Error(`serve exited ${code}: ${out}${err}`)));
  });
}

function memoryIO(): CliIO & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return { out: (t) => void (out += t), err: (t) => void (err += t), env: { CLAIMGRAPH_API_KEYS: '' }, cwd: ROOT, isTTY: false, stdout: () => out, stderr: () => err };
}

describe('claimgraph serve and query', () => {
  let dir: string;
  let store: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimgraph-api-cli-'));
    store = `sqlite:${join(dir, 'graph.db')}`;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('serve seeds the samples, answers over HTTP, stops cleanly on SIGTERM; a restart finds them stored', async () => {
    const s = await startServer(['--store', store, '--port', '0', '--seed', 'examples']);
    try {
      expect(s.out()).toMatch(/seeded from .*examples: 2 new, 0 already stored, 0 failed/);
      expect(s.out()).toContain('mutations: refused: no API keys configured');
      expect((await fetch(`${s.base}/health`)).status).toBe(200);
      expect(await (await fetch(`${s.base}/ready`)).json()).toEqual({ status: 'ready', store: 'up' });
      const post = await fetch(`${s.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ articles { totalCount } searchClaims(text: "25 fighters", first: 1) { edges { node { text } } } }' }),
      });
      const body = (await post.json()) as { data: { articles: { totalCount: number }; searchClaims: { edges: Array<{ node: { text: string } }> } } };
      expect(body.data.articles.totalCount).toBe(2);
      expect(body.data.searchClaims.edges[0]?.node.text).toContain('25 fighters');
      const get = await fetch(`${s.base}/graphql?query=${encodeURIComponent('{ claims { totalCount } }')}`);
      expect(get.status).toBe(200);
    } finally {
      s.child.kill('SIGTERM');
    }
    expect(await s.exit).toBe(0);
    expect(s.err()).toContain('SIGTERM, shutting down');

    const again = await startServer(['--store', store, '--port', '0', '--seed', 'examples']);
    again.child.kill('SIGINT');
    expect({ code: await again.exit, err: again.err() }).toEqual({ code: 0, err: 'claimgraph serve: SIGINT, shutting down\n' });
    expect(again.out()).toMatch(/2 already stored/);
  }, 120_000);

  test('a bad store URL, an unsafe --dev-open or a bad port is one line and exit code 2', async () => {
    for (const args of [['serve', '--store', 'mysql://db'], ['serve', '--dev-open', '--host', '0.0.0.0', '--store', store], ['serve', '--port', 'eighty']]) {
      const io = memoryIO();
      expect({ args, code: await main(args, io) }).toEqual({ args, code: 2 });
      expect(io.stderr().trim().split('\n')).toHaveLength(1);
    }
  });

  test('an unreachable Neo4j is one line (STORE_UNAVAILABLE) and a non-zero exit, no stack trace', async () => {
    const r = await run(['serve', '--store', 'bolt://127.0.0.1:1']);
    expect(r.code).not.toBe(0);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('STORE_UNAVAILABLE');
    expect(r.err).not.toMatch(/\n\s+at /);
  }, 60_000);

  test('query prints the JSON result; errors give a non-zero exit', async () => {
    const io = memoryIO();
    expect(await main(['query', '{ claims(first: 3) { edges { node { id text } } } }', '--store', store], io)).toBe(0);
    const result = JSON.parse(io.stdout()) as { data: { claims: { edges: Array<{ node: { id: string; text: string } }> } } };
    expect(result.data.claims.edges).toHaveLength(3);

    const id = result.data.claims.edges[0]!.node.id;
    const withVars = memoryIO();
    expect(await main(['query', 'query($id: ID!) { claim(id: $id) { id } }', '--variables', JSON.stringify({ id }), '--store', store], withVars)).toBe(0);
    expect(JSON.parse(withVars.stdout())).toEqual({ data: { claim: { id } } });

    // In-process means the caller holds the store: mutations run without a key.
    const review = memoryIO();
    const m = 'mutation($id: ID!) { reviewClaim(claimId: $id, rating: "True", reviewer: "CLI test") { rating } }';
    expect(await main(['query', m, '--variables', JSON.stringify({ id }), '--store', store], review)).toBe(0);
    expect(JSON.parse(review.stdout())).toEqual({ data: { reviewClaim: { rating: 'True' } } });

    const bad = memoryIO();
    expect(await main(['query', '{ claims { nope } }', '--store', store], bad)).toBe(1);
    expect((JSON.parse(bad.stdout()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');

    const notFound = memoryIO();
    expect(await main(['query', '{ provenance(claimId: "a_nope:1-2") { claim { id } } }', '--store', store], notFound)).toBe(1);
    expect(notFound.stdout()).toContain('NOT_FOUND');

    for (const args of [
      ['query', 'subscription { claimAdded { id } }', '--store', store],
      ['query', '{ __typename }', '--variables', '[1]', '--store', store],
      ['query', '{ __typename }', '--store', `sqlite:${join(dir, 'missing.db')}`],
    ]) {
      const io2 = memoryIO();
      expect({ args, code: await main(args, io2) }).toEqual({ args, code: 2 });
      expect(io2.stderr().trim().split('\n')).toHaveLength(1);
    }
  }, 60_000);
});
