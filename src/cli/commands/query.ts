import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { getOperationAST, parse } from 'graphql';
import type { Command, CliIO } from '../io';
import { parseArgs } from '../args';
import { ClaimgraphError } from '../../domain/errors';
import { loadConfig } from '../../config/config';
import { requireStoreFile } from '../requireStoreFile';

// The API, the store adapters and the ingest pipeline are loaded on use, so other commands
// do not pay for them. With require, not import(): under bin/claimgraph.js (tsx/cjs) a
// dynamic import() goes to Node's ESM loader, which cannot resolve the .ts sources.

const USAGE = `Usage: claimgraph query DOCUMENT [--variables JSON] [--operation NAME] [--store URL]

Runs one GraphQL operation in-process against the store and prints the JSON result.
Exits 1 when the result has errors, so scripts can rely on the exit code.

  DOCUMENT          the operation text; "@file.graphql" reads a file, "-" reads stdin
  --variables JSON  variables as a JSON object, e.g. '{"id": "a_…:10-42"}'
  --operation NAME  which operation to run when DOCUMENT holds several
  --store URL       sqlite:PATH (default sqlite:./data/claimgraph.db) or bolt://HOST:7687 (also CLAIMGRAPH_STORE)

Mutations run too: whoever can run this command already holds the store, so no API key is asked.
Example: claimgraph query '{ claims(first: 3) { edges { node { id text } } } }'
`;

export const queryCommand: Command = {
  summary: 'run a GraphQL operation against the store and print JSON',
  usage: USAGE,
  run: async (argv, io) => {
    const { positional, flags } = parseArgs(argv, { values: ['variables', 'operation', 'store'] });
    if (positional.length !== 1) throw new ClaimgraphError('BAD_INPUT', `query needs exactly one DOCUMENT argument\n\n${USAGE}`);
    const document = readDocument(positional[0] as string, io);
    const variables = parseVariables(flags.variables);
    const operationName = flags.operation ?? null;
    refuseSubscription(document, operationName);

    const config = loadConfig(io.env, { store: flags.store });
    requireStoreFile(config.store, io.cwd);
    const { openStore } = require('../../compose/openStore') as typeof import('../../compose/openStore'); // eslint-disable-line @typescript-eslint/no-require-imports
    const store = await openStore(config.store);
    try {
      const { IngestService } = require('../../app/IngestService') as typeof import('../../app/IngestService'); // eslint-disable-line @typescript-eslint/no-require-imports
      const { createApi } = require('../../api') as typeof import('../../api'); // eslint-disable-line @typescript-eslint/no-require-imports
      const api = createApi({ store, config, ingest: new IngestService(store, { maxArticleBytes: config.maxArticleBytes }), openAccess: true, logging: false });
      const response = await api.fetch('http://claimgraph.local/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: document, variables, operationName }),
      });
      const result = (await response.json()) as { errors?: unknown[] };
      io.out(`${JSON.stringify(result, null, 2)}\n`);
      return Array.isArray(result.errors) && result.errors.length > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};

function readDocument(arg: string, io: CliIO): string {
  if (arg === '-') return readFileSync(0, 'utf8');
  if (arg.startsWith('@')) {
    const path = resolve(io.cwd, arg.slice(1));
    try {
      return readFileSync(path, 'utf8');
    } catch {
      throw new ClaimgraphError('BAD_INPUT', `cannot read the document file ${arg.slice(1)}`);
    }
  }
  if (arg.trim() === '') throw new ClaimgraphError('BAD_INPUT', 'the document is empty');
  return arg;
}

function parseVariables(raw: string | undefined): Record<string, unknown> | undefined {
  if (raw === undefined) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch (e) {
    throw new ClaimgraphError('BAD_INPUT', `--variables is not JSON: ${(e as Error).message}`);
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new ClaimgraphError('BAD_INPUT', '--variables must be a JSON object');
  return v as Record<string, unknown>;
}

/** A subscription waits for events that only a running server produces. */
function refuseSubscription(document: string, operationName: string | null): void {
  let op;
  try {
    op = getOperationAST(parse(document), operationName);
  } catch {
    return; // the API reports syntax errors in its own words
  }
  if (op?.operation === 'subscription') {
    throw new ClaimgraphError('BAD_INPUT', 'subscriptions need a running server: start "claimgraph serve" and subscribe over HTTP (Accept: text/event-stream)');
  }
}
