// ESLint: JavaScript's and typescript-eslint's recommended rules, Lit's (templates) and the web
// components plugin's best practices (custom elements). `npm run lint` runs it with Prettier's
// check and lit-analyzer's template type check; `npm test` fails on any warning.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {ignores: ['dist/', 'src/generated/', 'site/generated/', 'screenshots/', 'storybook-static/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/best-practice'],
  {languageOptions: {globals: {...globals.browser, ...globals.node}}},
  {
    rules: {
      // French typography puts no-break spaces in text ("Où sommes-nous ?", « … »).
      'no-irregular-whitespace': ['error', {skipStrings: true, skipTemplates: true}],
      // Unused arguments named with a leading underscore are intended.
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
    },
  },
  {
    // Tests write one template for every element with lit/static-html's unsafeStatic(tag), which
    // these two rules take for a binding in place of a tag name.
    files: ['tests/**/*.ts', 'src/**/*.test.ts'],
    rules: {'lit/binding-positions': 'off', 'lit/no-invalid-html': 'off'},
  },
);
