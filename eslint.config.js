// ESLint flat config: typescript-eslint's recommended rules, plus the core's purity fence.
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'build/', 'dist/', 'coverage/', 'test-artifacts/', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // src/core is pure: no Office, DOM, React or Node imports (its tests may read fixtures).
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['fs', 'path', 'os', 'child_process', 'node:*', 'exceljs', 'react', 'react-dom', '@fluentui/*', '@microsoft/office-js'], message: 'src/core stays pure: no Node, Office, DOM or UI imports.' },
            { group: ['../excel/*', '../cli/*', '../node/*', '../taskpane/*', '../../excel/*', '../../cli/*', '../../node/*', '../../taskpane/*'], message: 'src/core must not depend on the shells around it.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'Office', 'Excel', 'process', 'require'],
    },
  },
);
