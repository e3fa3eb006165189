// Lint keeps dependencies pointing inward (DESIGN.md, "Architecture"):
//   domain <- extract <- link <- app <- api, cli (composition root)
// domain has no I/O; only src/store/<adapter> touches a database; only the Neo4j
// adapter imports neo4j-driver, only the SQLite adapter better-sqlite3.
import tseslint from 'typescript-eslint';

const io = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'net', 'node:net', 'http', 'node:http', 'child_process', 'node:child_process'];
const dbDrivers = ['neo4j-driver', 'better-sqlite3'];
// Relative forms only, so that a file named like a layer (src/domain/link.ts) is not caught.
const up = (path) => ['../', '../../', '../../../'].flatMap((p) => [`${p}${path}`, `${p}${path}/**`]);
const layer = (name) => ({ group: up(name), message: `this layer must not depend on src/${name}` });
const adapters = { group: [...up('store/sqlite'), ...up('store/neo4j')], message: 'only the composition root (src/cli, src/compose) picks a store adapter' };
const restrict = (paths, patterns) => ['error', { paths: paths.map((name) => ({ name, message: 'not allowed in this layer' })), patterns }];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'src/api/generated/**', 'tools/**', 'coverage/**', '.neo4j/**'] },
  ...tseslint.configs.recommended,
  { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly' } }, rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': restrict(dbDrivers, []),
    },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([...io, ...dbDrivers, 'graphql', 'graphql-yoga'], [
        layer('extract'), layer('link'), layer('store'), layer('app'), layer('api'), layer('cli'), layer('compose'), layer('config'),
      ]),
    },
  },
  {
    files: ['src/extract/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([...io, ...dbDrivers, 'graphql', 'graphql-yoga'], [
        layer('link'), layer('store'), layer('app'), layer('api'), layer('cli'), layer('compose'),
      ]),
    },
  },
  {
    files: ['src/link/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict([...io, ...dbDrivers, 'graphql', 'graphql-yoga'], [
        adapters, layer('app'), layer('api'), layer('cli'), layer('compose'),
      ]),
    },
  },
  {
    files: ['src/store/port.ts'],
    rules: { 'no-restricted-imports': restrict([...io, ...dbDrivers], [layer('extract'), layer('link'), layer('app'), layer('api'), layer('cli')]) },
  },
  {
    files: ['src/store/sqlite/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['neo4j-driver'], [layer('extract'), layer('link'), layer('app'), layer('api'), layer('cli'), { group: ['**/store/neo4j/**'], message: 'adapters are independent' }]) },
  },
  {
    files: ['src/store/neo4j/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(['better-sqlite3'], [layer('extract'), layer('link'), layer('app'), layer('api'), layer('cli'), { group: ['**/store/sqlite/**'], message: 'adapters are independent' }]) },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(dbDrivers, [adapters, layer('api'), layer('cli')]) },
  },
  {
    files: ['src/api/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(dbDrivers, [adapters, layer('cli')]) },
  },
  {
    // Tests and benchmarks may start real servers and open real stores.
    files: ['test/**/*.ts', 'bench/**/*.ts', 'src/cli/**/*.ts', 'src/compose/**/*.ts', 'src/eval/**/*.ts'],
    rules: { 'no-restricted-imports': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
