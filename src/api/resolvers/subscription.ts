import { Repeater } from 'graphql-yoga';
import type { SubscriptionResolvers } from '../generated/graphql';
import type { ClaimModel } from '../mappers';
import type { ApiContext } from '../context';

export const Subscription: SubscriptionResolvers = {
  claimAdded: {
    subscribe: (_p, _a, { ingest }) =>
      new Repeater<{ claimAdded: ClaimModel }>(async (push, stop) => {
        const unsubscribe = ingest.onClaimsAdded((claims) => {
          for (const claim of claims) void push({ claimAdded: claim });
        });
        await stop;
        unsubscribe();
      }),
    resolve: (payload: { claimAdded: ClaimModel }, _a: unknown, { loaders }: ApiContext) => {
      // One context lives as long as the subscription: start each event with fresh loaders.
      loaders.clearAll();
      return payload.claimAdded;
    },
  },
};
