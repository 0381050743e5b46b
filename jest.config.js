/* eslint-disable @typescript-eslint/no-require-imports */
// Unit specs (*.spec.ts) and integration specs (*.int-spec.ts, real PostgreSQL and Redis).
const { readFileSync } = require('node:fs');

const swc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swc, swcrc: false, sourceMaps: 'inline' }] };
const moduleNameMapper = {
  '^@crm/server-core$': '<rootDir>/libs/server/core/src/index.ts',
  '^@crm/server-core/testing$': '<rootDir>/libs/server/core/src/testing/index.ts',
  '^@crm/server-core/node-guard$': '<rootDir>/libs/server/core/src/runtime/node-guard.ts',
  '^@crm/server-customers$': '<rootDir>/libs/server/customers/src/index.ts',
  '^@crm/server-customers/testing$': '<rootDir>/libs/server/customers/src/testing/index.ts',
  '^@crm/api-client$': '<rootDir>/libs/shared/api-client/src/index.ts',
};
const common = {
  rootDir: __dirname,
  transform,
  moduleNameMapper,
  testEnvironment: 'node',
  roots: ['<rootDir>/apps/api', '<rootDir>/apps/worker', '<rootDir>/libs/server'],
};

module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['**/*.spec.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['**/*.int-spec.ts'],
      globalSetup: '<rootDir>/tools/jest/global-setup.ts',
      globalTeardown: '<rootDir>/tools/jest/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/tools/jest/setup-integration.ts'],
      slowTestThreshold: 20,
    },
  ],
  testTimeout: 30000,
};
