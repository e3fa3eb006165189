import type { Plugin } from 'graphql-yoga';

/** `/` sends browsers (and people typing the bare address) to the playground at /graphql. */
export function useRootRedirect(): Plugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (url.pathname === '/' && (request.method === 'GET' || request.method === 'HEAD')) {
        endResponse(new fetchAPI.Response(null, { status: 302, headers: { location: '/graphql' } }));
      }
    },
  };
}
