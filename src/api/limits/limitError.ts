import { GraphQLError, type ASTNode } from 'graphql';

/** Which limit was hit, for the caller: the code names it, `extensions.limit` gives the numbers. */
export type LimitCode = 'QUERY_TOO_DEEP' | 'TOO_MANY_ALIASES' | 'QUERY_TOO_COMPLEX' | 'QUERY_TOO_LARGE';

export function limitError(code: LimitCode, message: string, limit: { max: number; found: number; setting: string }, node?: ASTNode): GraphQLError {
  return new GraphQLError(message, {
    nodes: node ? [node] : undefined,
    extensions: { code, limit, http: { status: 400 } },
  });
}
