import type { SelectionSetNode, ValidationRule } from 'graphql';
import { limitError } from './limitError';
import { forEachField, isIntrospectionField } from './walk';

/** Refuses operations nested deeper than `max` fields (`{ a { b } }` is 2 deep). */
export function depthRule(max: number): ValidationRule {
  return (context) => ({
    OperationDefinition(op) {
      const fragment = (name: string) => context.getFragment(name);
      const depth = (set: SelectionSetNode, level: number): number => {
        let deepest = level;
        forEachField(set, fragment, (field) => {
          if (isIntrospectionField(field)) return;
          // Stop counting past the limit: the answer is "too deep" either way.
          const d = field.selectionSet && level < max + 1 ? depth(field.selectionSet, level + 1) : level + 1;
          if (d > deepest) deepest = d;
        });
        return deepest;
      };
      // A lower bound once past the limit (counting stops there).
      const found = depth(op.selectionSet, 0);
      if (found > max) {
        context.reportError(
          limitError('QUERY_TOO_DEEP', `Query is nested deeper than the limit of ${max} levels (CLAIMGRAPH_MAX_DEPTH).`, {
            max,
            found,
            setting: 'CLAIMGRAPH_MAX_DEPTH',
          }, op),
        );
      }
    },
  });
}
