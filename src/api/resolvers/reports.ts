import type { OriginGroupResolvers } from '../generated/graphql';

/** Provenance, Corroboration and Conflicts resolve straight from the link reports; only these fields are derived. */
export const OriginGroup: OriginGroupResolvers = {
  size: (g) => g.members.length,
};
