import { createServer, type Server } from 'node:http';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import type { Command, CliIO } from '../io';
import { parseArgs } from '../args';
import { ClaimgraphError } from '../../domain/errors';
import { loadConfig, type Config } from '../../config/config';
import { describeStore } from '../../config/storeUrl';
import type { GraphStore } from '../../store/port';
import type { IngestService } from '../../app/IngestService';
import { ARTICLE_FILE_EXTENSIONS } from '../../extract/parse/sniffFormat';

// The API, the store adapters and the ingest pipeline are loaded on use, so other commands
// do not pay for them. With require, not import(): under bin/claimgraph.js (tsx/cjs) a
// dynamic import() goes to Node's ESM loader, which cannot resolve the .ts sources.

const USAGE = `Usage: claimgraph serve [--store URL] [--port N] [--host HOST] [--seed DIR] [--cors ORIGINS] [--dev-open]

Serves the GraphQL API: GraphiQL and GraphQL at /graphql, liveness at /health,
readiness (store reachable) at /ready. Stops cleanly on Ctrl-C / SIGTERM.

  --store URL      sqlite:PATH (default sqlite:./data/claimgraph.db) or bolt://HOST:7687 (also CLAIMGRAPH_STORE)
  --port N         port, default 4000 (also PORT); 0 picks a free port
  --host HOST      address to listen on, default 127.0.0.1 (also HOST)
  --seed DIR       ingest the articles in DIR first (text, Markdown, HTML, JSON, JSON Lines);
                   articles already stored are skipped, so restarting is harmless
  --cors ORIGINS   allowed browser origins, comma-separated; "*" for any (also CLAIMGRAPH_CORS_ORIGINS)
  --dev-open       let every caller run mutations without a key; only on a loopback host

Mutations need an API key with the editor role: CLAIMGRAPH_API_KEYS="key1:editor,key2:reader",
sent as "Authorization: Bearer <key>" or "x-api-key: <key>". With no keys configured,
mutations are refused (reads stay open) unless --dev-open is given.
`;

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
/** How long open streams (subscriptions) may take to finish after a stop signal. */
const GRACE_MS = 3000;

export const serveCommand: Command = {
  summary: 'serve the GraphQL API (GraphiQL at /graphql)',
  usage: USAGE,
  run: async (argv, io) => {
    const { positional, flags } = parseArgs(argv, { values: ['store', 'port', 'host', 'seed', 'cors'], booleans: ['dev-open'] });
    if (positional.length > 0) throw new ClaimgraphError('BAD_INPUT', `serve takes no arguments, got "${positional[0]}"`);
    const config = loadConfig(io.env, { store: flags.store, port: flags.port, host: flags.host, cors: flags.cors });
    const devOpen = flags['dev-open'] === 'true';
    if (devOpen && !LOOPBACK.has(config.host)) {
      throw new ClaimgraphError('BAD_INPUT', `--dev-open lets anyone change the graph, so it is only allowed on a loopback host (127.0.0.1, ::1, localhost), not ${config.host}`);
    }
    // Listen for the stop signals from the start: a Ctrl-C during seeding still shuts down cleanly.
    const stop = stopSignal();
    const { store, ingest } = await openForServing(config);
    let server: Server | null = null;
    try {
      if (flags.seed !== undefined) await seed(resolve(io.cwd, flags.seed), ingest, io);
      const { createApi } = require('../../api') as typeof import('../../api'); // eslint-disable-line @typescript-eslint/no-require-imports
      const api = createApi({ store, config, ingest, openAccess: devOpen });
      server = createServer(api);
      const port = await listen(server, config.port, config.host);
      // A wildcard address is not something to type into a browser.
      const shown = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
      const base = `http://${shown.includes(':') ? `[${shown}]` : shown}:${port}`;
      io.out(
        [
          `claimgraph API on ${describeStore(config.store)}`,
          `  GraphiQL and GraphQL: ${base}/graphql`,
          `  health: ${base}/health   ready: ${base}/ready`,
          `  mutations: ${accessLine(config, devOpen)}`,
          '',
        ].join('\n'),
      );
      const signal = await stop;
      io.err(`claimgraph serve: ${signal}, shutting down\n`);
      await closeServer(server);
      await api.dispose();
      return 0;
    } finally {
      if (server?.listening) await closeServer(server);
      await store.close();
    }
  },
};

function accessLine(config: Config, devOpen: boolean): string {
  if (devOpen) return 'OPEN to every caller (--dev-open); do not expose this port';
  const editors = config.apiKeys.filter((k) => k.role === 'editor').length;
  if (config.apiKeys.length === 0) return 'refused: no API keys configured (set CLAIMGRAPH_API_KEYS="<key>:editor")';
  return `need an editor key (${editors} editor, ${config.apiKeys.length - editors} reader key(s) configured)`;
}

/** Opens the store (one clear STORE_UNAVAILABLE line when it cannot) and the ingest use case. */
export async function openForServing(config: Config): Promise<{ store: GraphStore; ingest: IngestService }> {
  if (config.store.kind === 'sqlite' && config.store.path !== ':memory:') {
    // The default ./data/claimgraph.db must work on a fresh checkout.
    mkdirSync(dirname(resolve(config.store.path)), { recursive: true });
  }
  const { openStore } = require('../../compose/openStore') as typeof import('../../compose/openStore'); // eslint-disable-line @typescript-eslint/no-require-imports
  const store = await openStore(config.store);
  const { IngestService } = require('../../app/IngestService') as typeof import('../../app/IngestService'); // eslint-disable-line @typescript-eslint/no-require-imports
  return { store, ingest: new IngestService(store, { maxArticleBytes: config.maxArticleBytes }) };
}

/** Ingests every article file in `dir`, in name order; already stored ones come back 'known'. */
export async function seed(dir: string, ingest: IngestService, io: CliIO): Promise<void> {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    throw new ClaimgraphError('BAD_INPUT', `--seed: cannot read the directory ${dir}`);
  }
  const files = names.filter((n) => !n.startsWith('.') && ARTICLE_FILE_EXTENSIONS.has(extname(n).toLowerCase()) && statSync(join(dir, n)).isFile());
  const counts = { new: 0, known: 0, failed: 0 };
  // In order, as ingest() one by one would; parsing and extraction run ahead in a worker thread.
  await ingest.ingestMany(files, {
    read: async (name) => ({ file: name, content: readFileSync(join(dir, name)) }),
    // An unreadable seed file stops seeding, as it always did.
    readFailed: (_name, e) => {
      throw e;
    },
    done: (name, results) => {
      for (const r of results) {
        counts[r.status]++;
        if (r.status === 'failed') io.err(`claimgraph serve: seed ${name}${r.index > 0 ? ` #${r.index}` : ''}: ${r.error?.message ?? 'failed'} [${r.error?.code ?? 'INTERNAL'}]\n`);
      }
    },
  });
  io.out(`seeded from ${dir}: ${counts.new} new, ${counts.known} already stored, ${counts.failed} failed (${files.length} files)\n`);
}

/** Resolves with the port listened on (the real one when 0 was asked for). */
function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const onError = (e: NodeJS.ErrnoException): void => {
      const why = e.code === 'EADDRINUSE' ? `port ${port} on ${host} is in use (choose another with --port or PORT)` : e.code === 'EACCES' ? `no permission to listen on ${host}:${port}` : e.code === 'EADDRNOTAVAIL' ? `${host} is not an address of this machine` : e.message;
      reject(new ClaimgraphError('CONFIG', why));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      const a = server.address();
      resolvePromise(typeof a === 'object' && a !== null ? a.port : port);
    });
  });
}

function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolvePromise) => {
    const on = (s: NodeJS.Signals): void => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolvePromise(s);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

/** Stops accepting, lets requests in flight finish, then cuts what is left (open SSE streams). */
function closeServer(server: Server): Promise<void> {
  return new Promise((resolvePromise) => {
    const timer = setTimeout(() => server.closeAllConnections(), GRACE_MS);
    timer.unref();
    server.close(() => {
      clearTimeout(timer);
      resolvePromise();
    });
    server.closeIdleConnections();
  });
}
