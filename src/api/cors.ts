import type { CORSOptions } from 'graphql-yoga';

/**
 * CLAIMGRAPH_CORS_ORIGINS: ['*'] any origin, [] no CORS headers, otherwise only the listed
 * origins. An origin not on the list gets no CORS headers at all (never "null", which
 * sandboxed frames would match). Keys travel in headers, never cookies: no credentials.
 */
export function corsOptions(origins: readonly string[]): ((request: Request) => CORSOptions | false) | false {
  if (origins.length === 0) return false;
  const any = origins.includes('*');
  const allowed = new Set(origins.map((o) => o.replace(/\/+$/, '').toLowerCase()));
  // origin ['*'] makes the adapter answer with the caller's own origin and "Vary: Origin".
  const options: CORSOptions = {
    origin: ['*'],
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['content-type', 'accept', 'authorization', 'x-api-key'],
    credentials: false,
    maxAge: 600,
  };
  return (request) => {
    const origin = request.headers.get('origin');
    if (origin === null) return false;
    return any || allowed.has(origin.toLowerCase()) ? options : false;
  };
}
