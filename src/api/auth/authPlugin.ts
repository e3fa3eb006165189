import { getOperationAST, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { ClaimgraphError } from '../../domain/errors';
import { toGraphQLError } from '../errors';
import type { Principal } from './principal';
import { canWrite } from './principal';

/** Message for a server with no keys configured: tells the operator what to set, never a key. */
export const NO_KEYS_MESSAGE =
  'Mutations need an API key with the editor role, and this server has none configured. ' +
  'Set CLAIMGRAPH_API_KEYS="<key>:editor" (keys of 8 characters or more, comma-separated, roles editor or reader) ' +
  'and send it as "Authorization: Bearer <key>" or "x-api-key: <key>".';

/**
 * Decides, before anything executes, whether the caller may run the operation: reads are
 * open; a presented key must be valid; mutations need the editor role. Refusals carry
 * UNAUTHENTICATED (401) or FORBIDDEN (403). Keys are compared, never logged or echoed.
 */
export function useAuth(opts: { keysConfigured: boolean }): Plugin<{ principal: Principal }> {
  const check = (principal: Principal, document: DocumentNode, operationName: string | null | undefined): ClaimgraphError | null => {
    if (principal.kind === 'invalid') {
      return new ClaimgraphError('UNAUTHENTICATED', 'The API key is not valid. Send a configured key as "Authorization: Bearer <key>" or "x-api-key: <key>", or none for reads.');
    }
    const op = getOperationAST(document, operationName);
    if (op?.operation !== 'mutation' || canWrite(principal)) return null;
    if (principal.kind === 'key') return new ClaimgraphError('FORBIDDEN', 'This API key has the reader role; mutations need an editor key.');
    if (!opts.keysConfigured) return new ClaimgraphError('UNAUTHENTICATED', NO_KEYS_MESSAGE);
    return new ClaimgraphError('UNAUTHENTICATED', 'Mutations need an API key with the editor role, sent as "Authorization: Bearer <key>" or "x-api-key: <key>".');
  };
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const refusal = check(args.contextValue.principal, args.document, args.operationName);
      if (refusal) setResultAndStopExecution({ errors: [toGraphQLError(refusal)] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const refusal = check(args.contextValue.principal, args.document, args.operationName);
      if (refusal) setResultAndStopExecution({ errors: [toGraphQLError(refusal)] });
    },
  };
}
