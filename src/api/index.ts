export { createApi, type Api, type ApiOptions } from './createApi';
export type { ApiContext } from './context';
export { EXAMPLES } from './graphiql';
