import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { GraphStore } from '../store/port';
import type { IngestService } from '../app/IngestService';
import type { Config } from '../config/config';
import type { ApiContextExtras } from './context';
import { createLoaders } from './loaders';
import { authenticate } from './auth/principal';
import { useAuth } from './auth/authPlugin';
import { useLimits } from './limits/limitsPlugin';
import { useReady } from './readiness';
import { useRootRedirect } from './rootRedirect';
import { maskError } from './errors';
import { buildSchema } from './schema';
import { graphiqlOptions } from './graphiql';
import { corsOptions } from './cors';
import { apiLogger, type LoggingOption } from './logger';

export interface ApiOptions {
  store: GraphStore;
  config: Config;
  ingest: IngestService;
  /**
   * Every caller is an editor, keys or not. For `serve --dev-open` on a loopback address and
   * for `claimgraph query`, which runs in-process for someone who already holds the store.
   */
  openAccess?: boolean;
  /** Where the server logs; defaults to the console at "warn". `false` for silence. */
  logging?: LoggingOption;
}

export type Api = YogaServerInstance<Record<string, unknown>, ApiContextExtras>;

/**
 * The GraphQL API as a fetch handler: `api.fetch(request)` in-process, or mounted on a
 * Node server with `createServer(api)`. GraphQL at /graphql (GraphiQL for browsers),
 * liveness at /health, readiness (store ping) at /ready.
 */
export function createApi(opts: ApiOptions): Api {
  const { store, config, ingest } = opts;
  const open = opts.openAccess === true;
  const logger = apiLogger(opts.logging);
  return createYoga<Record<string, unknown>, ApiContextExtras>({
    schema: buildSchema(),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
    landingPage: false,
    graphiql: graphiqlOptions(),
    cors: corsOptions(config.corsOrigins),
    maxRequestBodySize: config.maxRequestBytes,
    logging: logger,
    maskedErrors: { maskError: (error) => maskError(error) },
    context: ({ request }): ApiContextExtras => ({
      store,
      ingest,
      config,
      loaders: createLoaders(store),
      principal: authenticate(request.headers, config.apiKeys, open),
      logger,
    }),
    plugins: [useRootRedirect(), useReady(store), useAuth({ keysConfigured: config.apiKeys.length > 0 }), useLimits(config.limits)],
  });
}
