// ESLint flat config: typescript-eslint's recommended rules, Microsoft's Office add-in rules
// (eslint-plugin-office-addins: load/sync order, isNullObject, no context.sync in loops), and the core's purity fence.
const tseslint = require('typescript-eslint');
// The rules only: the package's main module also loads its prettier/React Native presets and @eslint/js, which
// ESLint 10 no longer ships.
const officeAddinRules = require('eslint-plugin-office-addins/lib/rules');
const officeAddins = { meta: { name: 'eslint-plugin-office-addins' }, rules: officeAddinRules.default || officeAddinRules };

/** The plugin's own rules as its "recommended" config sets them (its prettier and parser settings are not ours). */
const OFFICE_ADDIN_RULES = {
  'office-addins/call-sync-after-load': 'error',
  'office-addins/call-sync-before-read': 'error',
  'office-addins/load-object-before-read': 'error',
  'office-addins/no-context-sync-in-loop': 'warn',
  'office-addins/no-empty-load': 'warn',
  'office-addins/no-navigational-load': 'warn',
  'office-addins/no-office-initialize': 'warn',
  'office-addins/test-for-null-using-isNullObject': 'error',
};

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'build/', 'dist/', 'coverage/', 'test-artifacts/', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Everything that talks to Office.js (and the fake host that stands in for it).
    files: ['src/**/*.ts', 'src/**/*.tsx', 'test/fake-excel/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: OFFICE_ADDIN_RULES,
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
