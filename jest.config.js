/* eslint-disable @typescript-eslint/no-require-imports */
// Unit specs (*.spec.ts) and integration specs (*.int-spec.ts, real PostgreSQL and Redis).
const { readFileSync } = require('node:fs');

const swc = JSON.parse(readFileSync(`${__dirname}/.swcrc`, 'utf8'));
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swc, swcrc: false, sourceMaps: 'inline' }] };
// Every server lib by wildcard (as tsconfig.base.json's paths): a new lib needs no edit here.
const moduleNameMapper = {
  '^@crm/server-core/node-guard$': '<rootDir>/libs/server/core/src/runtime/node-guard.ts',
  '^@crm/server-([a-z0-9-]+)/testing$': '<rootDir>/libs/server/$1/src/testing/index.ts',
  '^@crm/server-([a-z0-9-]+)$': '<rootDir>/libs/server/$1/src/index.ts',
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
