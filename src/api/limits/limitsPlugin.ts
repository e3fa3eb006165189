import { GraphQLError, Kind, getOperationAST, parse, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../../config/config';
import { depthRule } from './depthRule';
import { aliasesRule } from './aliasesRule';
import { operationCost } from './cost';
import { limitError } from './limitError';

/**
 * Query limits (CLAIMGRAPH_MAX_TOKENS / _DEPTH / _ALIASES / _COST): tokens when parsing,
 * depth and aliases when validating (document only, so yoga's validation cache still
 * applies), cost when executing, because `first: $n` is only known with the variables.
 */
export function useLimits(limits: Config['limits']): Plugin {
  const depth = depthRule(limits.maxDepth);
  const aliases = aliasesRule(limits.maxAliases);
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        try {
          return parse(source, { ...options, maxTokens: limits.maxTokens });
        } catch (e) {
          // graphql-js 16 words it "contains more that N tokens".
          if (e instanceof GraphQLError && /contains more th(?:an|at) \d+ tokens/.test(e.message)) {
            throw limitError('QUERY_TOO_LARGE', `Query has more than ${limits.maxTokens} tokens (CLAIMGRAPH_MAX_TOKENS).`, {
              max: limits.maxTokens,
              found: limits.maxTokens + 1,
              setting: 'CLAIMGRAPH_MAX_TOKENS',
            });
          }
          throw e;
        }
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(depth);
      addValidationRule(aliases);
    },
    onExecute({ args, setResultAndStopExecution }) {
      const error = costError(args.schema, args.document, args.operationName, args.variableValues, limits.maxCost);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const error = costError(args.schema, args.document, args.operationName, args.variableValues, limits.maxCost);
      if (error) setResultAndStopExecution({ errors: [error] });
    },
  };
}

export function costError(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Readonly<Record<string, unknown>> | null | undefined,
  max: number,
): GraphQLError | null {
  const op = getOperationAST(document, operationName);
  if (!op) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const cost = operationCost(schema, op, fragments, variables ?? {}, max);
  if (cost <= max) return null;
  return limitError(
    'QUERY_TOO_COMPLEX',
    `Query is too costly: estimated at ${cost} or more, the limit is ${max} (CLAIMGRAPH_MAX_COST). Ask for fewer items with \`first\` or nest fewer lists.`,
    { max, found: cost, setting: 'CLAIMGRAPH_MAX_COST' },
    op,
  );
}
