import type { CORSOptions } from 'graphql-yoga';

/** CLAIMGRAPH_CORS_ORIGINS: ['*'] any origin, [] no CORS headers, otherwise the listed origins. */
export function corsOptions(origins: readonly string[]): CORSOptions | false {
  if (origins.length === 0) return false;
  return {
    origin: origins.includes('*') ? '*' : [...origins],
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'accept', 'authorization', 'x-api-key'],
    maxAge: 600,
  };
}
