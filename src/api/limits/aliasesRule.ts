import type { SelectionSetNode, ValidationRule } from 'graphql';
import { limitError } from './limitError';
import { forEachField } from './walk';

/** Refuses operations with more than `max` aliased fields (aliases multiply the work of one request). */
export function aliasesRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(op) {
      const fragment = (name: string) => context.getFragment(name);
      let count = 0;
      const walk = (set: SelectionSetNode): void =>
        forEachField(set, fragment, (field) => {
          if (field.alias && field.alias.value !== field.name.value) count++;
          if (field.selectionSet && count <= max) walk(field.selectionSet);
        });
      walk(op.selectionSet);
      if (count > max) {
        context.reportError(
          limitError('TOO_MANY_ALIASES', `Query uses ${count} aliases; the limit is ${max} (CLAIMGRAPH_MAX_ALIASES).`, {
            max,
            found: count,
            setting: 'CLAIMGRAPH_MAX_ALIASES',
          }, op),
        );
      }
    },
  });
}
