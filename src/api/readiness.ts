import { useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { GraphStore } from '../store/port';

/** /ready answers 200 when the store answers a ping, 503 otherwise (with no detail: it is public). */
export function useReady(store: GraphStore): Plugin {
  return useReadinessCheck({
    endpoint: '/ready',
    check: async ({ fetchAPI }) => {
      let ok = false;
      try {
        ok = await store.ping();
      } catch {
        ok = false;
      }
      return new fetchAPI.Response(JSON.stringify({ status: ok ? 'ready' : 'unavailable', store: ok ? 'up' : 'down' }), {
        status: ok ? 200 : 503,
        headers: { 'content-type': 'application/json' },
      });
    },
  });
}
