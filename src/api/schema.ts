import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSchema } from 'graphql-yoga';
import type { GraphQLSchema } from 'graphql';
import { resolvers } from './resolvers';
import type { ApiContext } from './context';
import { repoRoot } from '../config/repoRoot';

/** schema/ at the repository root: the SDL files, one per concept, are the API contract. */
export const SCHEMA_DIR = join(repoRoot(), 'schema');

export function loadTypeDefs(dir: string = SCHEMA_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

let cached: GraphQLSchema | null = null;

/** Built once per process: the SDL and resolvers never change at run time. */
export function buildSchema(): GraphQLSchema {
  cached ??= createSchema<ApiContext>({ typeDefs: loadTypeDefs(), resolvers });
  return cached;
}
