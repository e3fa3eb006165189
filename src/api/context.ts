import type { YogaInitialContext, YogaLogger } from 'graphql-yoga';
import type { GraphStore } from '../store/port';
import type { IngestService } from '../app/IngestService';
import type { Config } from '../config/config';
import type { Loaders } from './loaders';
import type { Principal } from './auth/principal';

/** What the API adds to yoga's context for every request. */
export interface ApiContextExtras {
  store: GraphStore;
  ingest: IngestService;
  config: Config;
  /** New for every request, so caching never leaks between callers or goes stale. */
  loaders: Loaders;
  principal: Principal;
  /** The server's logger, for failures the caller only sees masked. */
  logger: YogaLogger;
}

/** What every resolver gets: yoga's request and params, the store, the ingest use case, per-request loaders and the caller. */
export type ApiContext = YogaInitialContext & ApiContextExtras;
