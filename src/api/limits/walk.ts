import { Kind, type FragmentDefinitionNode, type SelectionSetNode, type FieldNode } from 'graphql';

/** Introspection's own fields are left out of every limit: GraphiQL's schema query must always work. */
export function isIntrospectionField(node: FieldNode): boolean {
  return node.name.value === '__schema' || node.name.value === '__type';
}

/**
 * Visits the fields of a selection set with fragments inlined, calling `visit` with each
 * field; a fragment already being expanded on the current path is not expanded again
 * (cycles are a validation error of their own).
 */
export function forEachField(
  set: SelectionSetNode,
  fragment: (name: string) => FragmentDefinitionNode | null | undefined,
  visit: (field: FieldNode) => void,
  expanding: Set<string> = new Set(),
): void {
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) visit(sel);
    else if (sel.kind === Kind.INLINE_FRAGMENT) forEachField(sel.selectionSet, fragment, visit, expanding);
    else {
      const name = sel.name.value;
      const def = fragment(name);
      if (!def || expanding.has(name)) continue;
      expanding.add(name);
      forEachField(def.selectionSet, fragment, visit, expanding);
      expanding.delete(name);
    }
  }
}
