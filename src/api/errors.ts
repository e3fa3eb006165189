import { GraphQLError } from 'graphql';
import { ClaimgraphError, isClaimgraphError, type ErrorCode } from '../domain/errors';

/**
 * Error policy of the API. Every expected failure is a ClaimgraphError; its code becomes
 * `extensions.code` unchanged (NOT_FOUND, BAD_INPUT, UNAUTHENTICATED, FORBIDDEN,
 * STORE_UNAVAILABLE, CONFIG, CONFLICT). GraphQL's own errors (parse, validation, limits)
 * keep their codes. Anything else is a bug or an outage we did not name: the caller sees
 * "Unexpected error." with INTERNAL_SERVER_ERROR and nothing more; the server logs it.
 */
export const INTERNAL = 'INTERNAL_SERVER_ERROR';
export const UNEXPECTED_MESSAGE = 'Unexpected error.';

/** HTTP statuses for the codes that reject a whole request before anything runs. */
const HTTP_STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403 };

/**
 * Codes whose message describes the server, not the request (a store path, a host): the
 * caller gets the code and a generic message, the operator's log gets the real one.
 */
const SERVER_SIDE: Partial<Record<ErrorCode, string>> = {
  STORE_UNAVAILABLE: 'The graph store is not available right now; try again later.',
  CONFIG: 'The server is misconfigured.',
};

export function toGraphQLError(e: ClaimgraphError, from?: GraphQLError): GraphQLError {
  const status = HTTP_STATUS[e.code];
  const extensions: Record<string, unknown> = { code: e.code };
  const generic = SERVER_SIDE[e.code];
  if (generic === undefined && Object.keys(e.details).length > 0) extensions.details = e.details;
  if (status !== undefined) {
    extensions.http = { status, ...(e.code === 'UNAUTHENTICATED' ? { headers: { 'WWW-Authenticate': 'Bearer realm="claimgraph"' } } : {}) };
  }
  return new GraphQLError(generic ?? e.message, {
    nodes: from?.nodes,
    source: from?.source,
    positions: from?.positions,
    path: from?.path,
    extensions,
  });
}

function masked(from?: GraphQLError): GraphQLError {
  return new GraphQLError(UNEXPECTED_MESSAGE, {
    nodes: from?.nodes,
    source: from?.source,
    positions: from?.positions,
    path: from?.path,
    extensions: { code: INTERNAL },
  });
}

/** yoga's maskError hook. Never lets a message or stack of an unexpected error through. */
export function maskError(error: unknown): Error {
  if (isClaimgraphError(error)) return toGraphQLError(error);
  if (!(error instanceof GraphQLError)) return masked();
  // The executor wraps what a resolver throws; GraphQLErrors thrown on purpose (limits,
  // auth) are wrapped again. Look through the wrappers for what was really thrown.
  let cause: unknown = error.originalError;
  while (cause instanceof GraphQLError) cause = cause.originalError;
  if (cause === undefined || cause === null) return error;
  if (isClaimgraphError(cause)) return toGraphQLError(cause, error);
  return masked(error);
}

/** Turns an ingest item's error into what the API shows: expected codes as is, the rest masked. */
export function publicItemError(error: { code: string; message: string }): { code: string; message: string } {
  const generic = SERVER_SIDE[error.code as ErrorCode];
  if (generic !== undefined) return { code: error.code, message: generic };
  return ['BAD_INPUT', 'NOT_FOUND', 'CONFLICT'].includes(error.code) ? error : { code: INTERNAL, message: UNEXPECTED_MESSAGE };
}

export function badInput(message: string, details: Record<string, unknown> = {}): ClaimgraphError {
  return new ClaimgraphError('BAD_INPUT', message, details);
}

/**
 * True for failures that are the caller's business (bad input, unknown id, no key): no need
 * to log them as errors. Outages and bugs are not.
 */
export function isExpectedError(e: unknown): boolean {
  let cause: unknown = e;
  while (cause instanceof GraphQLError && cause.originalError) cause = cause.originalError;
  if (cause instanceof GraphQLError) return true;
  return isClaimgraphError(cause) && SERVER_SIDE[cause.code] === undefined;
}
