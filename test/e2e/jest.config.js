/**
 * `npm run test:e2e`: the browser test. Builds the add-in (production), serves dist/ on 127.0.0.1 and drives
 * Debian's chromium through playwright-core. E2E_SKIP_BUILD=1 reuses an existing dist/.
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: '../..',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
  },
  testTimeout: 600000,
  maxWorkers: 1,
  globalSetup: '<rootDir>/test/e2e/global-setup.js',
};
