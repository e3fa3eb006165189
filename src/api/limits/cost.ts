import {
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  type FieldNode,
} from 'graphql';
import { isIntrospectionField } from './walk';

/**
 * Estimated work of an operation, with its variables known, so that `first: $n` counts
 * what it asks for. Each object field costs its weight (1 unless listed) plus what is
 * selected under it, times how many items it may return: `first` for paged fields (the
 * edges of a connection are already counted by their `first`), LIST_ITEMS for other lists.
 * Scalars and introspection are free.
 */
export const LIST_ITEMS = 10;

/** Fields that do much more than a look-up: the reports walk the graph around a claim. */
export const FIELD_WEIGHTS: Readonly<Record<string, number>> = {
  'Query.provenance': 25,
  'Query.corroboration': 25,
  'Query.conflicts': 25,
  'Claim.provenance': 25,
  'Claim.corroboration': 25,
  'Claim.conflicts': 25,
  'Query.searchClaims': 5,
  'Source.outlets': 10,
  'Event.timeline': 5,
  'Mutation.ingestArticle': 50,
  'Mutation.ingestArticles': 50,
};

export function operationCost(
  schema: GraphQLSchema,
  op: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  variables: Readonly<Record<string, unknown>>,
  stopAbove = Number.POSITIVE_INFINITY,
): number {
  const root = op.operation === 'query' ? schema.getQueryType() : op.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  if (!root) return 0;

  const setCost = (set: SelectionSetNode, parent: GraphQLNamedType, expanding: Set<string>): number => {
    let total = 0;
    for (const sel of set.selections) {
      if (total > stopAbove) break;
      if (sel.kind === Kind.FIELD) total += fieldCost(sel, parent, expanding);
      else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? (schema.getType(sel.typeCondition.name.value) ?? parent) : parent;
        total += setCost(sel.selectionSet, t, expanding);
      } else {
        const def = fragments.get(sel.name.value);
        if (!def || expanding.has(def.name.value)) continue;
        expanding.add(def.name.value);
        total += setCost(def.selectionSet, schema.getType(def.typeCondition.name.value) ?? parent, expanding);
        expanding.delete(def.name.value);
      }
    }
    return total;
  };

  const fieldCost = (node: FieldNode, parent: GraphQLNamedType, expanding: Set<string>): number => {
    if (node.name.value.startsWith('__') || isIntrospectionField(node)) return 0;
    if (!(isObjectType(parent) || isInterfaceType(parent))) return 0;
    const def = parent.getFields()[node.name.value];
    if (!def || !node.selectionSet) return 0;
    const named = getNamedType(def.type);
    const inner = setCost(node.selectionSet, named, expanding);
    const weight = FIELD_WEIGHTS[`${parent.name}.${def.name}`] ?? 1;
    return weight + multiplier(def, node, parent, variables) * inner;
  };

  return setCost(op.selectionSet, root, new Set());
}

function multiplier(def: GraphQLField<unknown, unknown>, node: FieldNode, parent: GraphQLNamedType, variables: Readonly<Record<string, unknown>>): number {
  const firstArg = def.args.find((a) => a.name === 'first');
  if (firstArg) {
    const given = node.arguments?.find((a) => a.name.value === 'first');
    const v = (given ? literal(given.value, variables) : undefined) ?? firstArg.defaultValue;
    return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 1;
  }
  // A connection's edges are as many as its `first`, counted on the connection field.
  if (parent.name.endsWith('Connection') && def.name === 'edges') return 1;
  return isListType(getNullableType(def.type)) ? LIST_ITEMS : 1;
}

function literal(v: ValueNode, variables: Readonly<Record<string, unknown>>): unknown {
  if (v.kind === Kind.VARIABLE) return variables[v.name.value];
  if (v.kind === Kind.INT) return Number(v.value);
  return undefined;
}
