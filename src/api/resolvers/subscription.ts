import type { SubscriptionResolvers } from '../generated/graphql';
import type { ClaimModel } from '../mappers';
import type { ApiContext } from '../context';
import { claimStream } from './claimStream';

export const Subscription: SubscriptionResolvers = {
  claimAdded: {
    subscribe: (_p, _a, { ingest }) => claimStream((listener) => ingest.onClaimsAdded(listener)),
    resolve: (payload: { claimAdded: ClaimModel }, _a: unknown, { loaders }: ApiContext) => {
      // One context lives as long as the subscription: start each event with fresh loaders.
      loaders.clearAll();
      return payload.claimAdded;
    },
  },
};
