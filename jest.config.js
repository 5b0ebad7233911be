/**
 * Four projects, each a kind of specification:
 * unit (pure rules), integration (HTTP, bot protocol, Graph contract, database),
 * ui (React components in jsdom) and e2e (a real browser against a real server).
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2022',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'es6' },
  },
];

const common = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testEnvironment: 'node',
};

export default {
  // One embedded PostgreSQL for the whole run; each test file clones its own database.
  globalSetup: '<rootDir>/tests/support/postgres-global-setup.mjs',
  globalTeardown: '<rootDir>/tests/support/postgres-global-teardown.mjs',
  // Integration and browser tests start real servers and browsers; unit tests finish in milliseconds anyway.
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/tests/ui/**/*.test.tsx'],
      setupFiles: ['<rootDir>/tests/support/jsdom-setup.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
    },
  ],
};
