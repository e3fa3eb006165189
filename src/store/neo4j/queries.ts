import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ClaimgraphError, type LinkType } from '../../domain';

/**
 * The query registry: every Cypher statement the Neo4j adapter runs is a named file in the
 * repository's cypher/ folder, read once and sent with parameters only. A missing file fails
 * init() with CONFIG rather than a query at some later point.
 */
export const QUERY_NAMES = [
  'schema-state',
  'await-indexes',
  'ping',
  'write-articles',
  'find-missing-claims',
  'find-missing-articles',
  'resolve-source-redirects',
  'upsert-sources',
  'upsert-entities',
  'upsert-events',
  'merge-events',
  'resolve-event-redirects',
  'write-article-sources',
  'write-claims',
  'upsert-links-corroborates',
  'upsert-links-contradicts',
  'upsert-links-different-figure',
  'upsert-links-same-event',
  'upsert-links-derived-from',
  'upsert-links-copies',
  'create-links-corroborates',
  'create-links-contradicts',
  'create-links-different-figure',
  'create-links-same-event',
  'create-links-derived-from',
  'create-links-copies',
  'remove-link',
  'write-review',
  'write-reviews',
  'merge-source',
  'set-source-aliases',
  'get-articles',
  'get-claims',
  'get-sources',
  'get-events',
  'get-entities',
  'get-claims-by-article',
  'get-reviews-by-claim',
  'get-article-sources',
  'list-claims',
  'list-claims-by-article',
  'list-claims-by-source',
  'list-claims-by-event',
  'list-claims-by-entity',
  'list-articles',
  'list-articles-by-outlet',
  'list-sources',
  'list-events',
  'list-events-by-label',
  'find-events',
  'find-events-by-label',
  'await-fulltext',
  'search-claims',
  'get-links',
  'traverse-step',
  'provenance',
  'find-articles-by-keys',
  'find-claims-by-keys',
  'resolve-source-alias',
  'counts',
  'applied-migrations',
  'record-migration',
  'migrate-anchor-months',
] as const;

/**
 * Data migrations, in order: each runs once per database (recorded as a :Migration node), in an
 * auto-commit transaction, after the schema is in place. Append new ones; never edit one that
 * has shipped.
 */
export const DATA_MIGRATIONS: ReadonlyArray<{ name: string; query: QueryName }> = [{ name: 'anchor-months', query: 'migrate-anchor-months' }];

export type QueryName = (typeof QUERY_NAMES)[number];

/** Relationship type of each link type, and the files that upsert it and create it new (a type cannot be a parameter). */
export const LINK_REL: Record<LinkType, { rel: string; upsert: QueryName; create: QueryName }> = {
  corroborates: { rel: 'CORROBORATES', upsert: 'upsert-links-corroborates', create: 'create-links-corroborates' },
  contradicts: { rel: 'CONTRADICTS', upsert: 'upsert-links-contradicts', create: 'create-links-contradicts' },
  different_figure: { rel: 'DIFFERENT_FIGURE', upsert: 'upsert-links-different-figure', create: 'create-links-different-figure' },
  same_event: { rel: 'SAME_EVENT', upsert: 'upsert-links-same-event', create: 'create-links-same-event' },
  derived_from: { rel: 'DERIVED_FROM', upsert: 'upsert-links-derived-from', create: 'create-links-derived-from' },
  copies: { rel: 'COPIES', upsert: 'upsert-links-copies', create: 'create-links-copies' },
};

export interface QueryRegistry {
  get(name: QueryName): string;
  /** The statements of schema.cypher, one per entry. */
  readonly schema: readonly string[];
  /** Index and constraint names schema.cypher creates (to tell whether it is already applied). */
  readonly schemaNames: readonly string[];
}

/** Finds the repository's cypher/ folder from this file (src/store/neo4j, or a build output beneath the root). */
export function findCypherDir(from: string = __dirname): string {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'cypher');
    if (existsSync(join(candidate, 'schema.cypher'))) return candidate;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  throw new ClaimgraphError('CONFIG', `cannot find the cypher/ query folder above ${from}`);
}

let cached: { dir: string; registry: QueryRegistry } | null = null;

export function loadQueries(dir: string = findCypherDir()): QueryRegistry {
  if (cached !== null && cached.dir === dir) return cached.registry;
  const texts = new Map<QueryName, string>();
  for (const name of QUERY_NAMES) texts.set(name, readQuery(dir, name));
  const schemaText = readQuery(dir, 'schema');
  const schema = splitStatements(schemaText);
  const schemaNames = schema
    .map((s) => /^CREATE\s+(?:CONSTRAINT|(?:FULLTEXT\s+|RANGE\s+|TEXT\s+)?INDEX)\s+(\w+)/iu.exec(s)?.[1])
    .filter((n): n is string => n !== undefined);
  const registry: QueryRegistry = {
    get(name: QueryName): string {
      const text = texts.get(name);
      if (text === undefined) throw new ClaimgraphError('CONFIG', `unknown Cypher query ${name}`);
      return text;
    },
    schema,
    schemaNames,
  };
  cached = { dir, registry };
  return registry;
}

function readQuery(dir: string, name: string): string {
  const file = join(dir, `${name}.cypher`);
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new ClaimgraphError('CONFIG', `Cypher query file ${file} cannot be read: ${(e as Error).message}`, { file });
  }
}

/** Statements end with ';' at the end of a line; comment-only lines are dropped. */
export function splitStatements(text: string): string[] {
  return text
    .split(/;\s*$/mu)
    .map((chunk) =>
      chunk
        .split('\n')
        .filter((line) => !/^\s*\/\//u.test(line))
        .join('\n')
        .trim(),
    )
    .filter((s) => s.length > 0);
}
