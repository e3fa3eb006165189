import type { ClaimModel } from '../mappers';

/** A subscriber that stops reading should not hold an unbounded backlog. */
const MAX_BACKLOG = 10_000;

/**
 * The claimAdded event stream of one subscriber. It listens from the moment it is made
 * (when the subscription operation executes, before the HTTP response starts), so no claim
 * stored after the client subscribed is missed; return() stops listening.
 */
export function claimStream(onClaimsAdded: (listener: (claims: ClaimModel[]) => void) => () => void): AsyncIterableIterator<{ claimAdded: ClaimModel }> {
  const backlog: ClaimModel[] = [];
  let waiting: ((r: IteratorResult<{ claimAdded: ClaimModel }>) => void) | null = null;
  let done = false;
  const unsubscribe = onClaimsAdded((claims) => {
    for (const claim of claims) {
      if (waiting) {
        const w = waiting;
        waiting = null;
        w({ value: { claimAdded: claim }, done: false });
      } else {
        backlog.push(claim);
        if (backlog.length > MAX_BACKLOG) backlog.shift();
      }
    }
  });
  const finish = (): Promise<IteratorResult<{ claimAdded: ClaimModel }>> => {
    if (!done) {
      done = true;
      unsubscribe();
      backlog.length = 0;
      waiting?.({ value: undefined, done: true });
      waiting = null;
    }
    return Promise.resolve({ value: undefined, done: true });
  };
  return {
    next() {
      if (done) return Promise.resolve({ value: undefined, done: true });
      const claim = backlog.shift();
      if (claim) return Promise.resolve({ value: { claimAdded: claim }, done: false });
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return: finish,
    throw: (e?: unknown) => finish().then(() => Promise.reject(e)),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
