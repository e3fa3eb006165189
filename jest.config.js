// linkedom (HTML input) depends on packages that ship ES modules only. Node loads them
// natively; jest's CommonJS runtime needs them transpiled, so they are let through to ts-jest.
const ESM_ONLY = '(css-select|css-what|boolbase|domhandler|domelementtype|domutils|dom-serializer|entities|nth-check)';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
    [`^.+/node_modules/${ESM_ONLY}/.+\\.js$`]: ['ts-jest', { diagnostics: false, tsconfig: { allowJs: true, module: 'commonjs', target: 'es2022', esModuleInterop: true } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!${ESM_ONLY}/)`],
  // Neo4j is started once for the whole run (test/support/globalSetup.ts) and stopped after.
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
  maxWorkers: 2,
  testTimeout: 30000,
};
