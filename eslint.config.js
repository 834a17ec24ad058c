// ESLint: TypeScript, Lit templates, their accessibility, and custom-element habits. Zero warnings.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'node_modules/',
      'custom-elements.json',
      'examples/**/dist/',
      // Consumer apps with their own dependencies, built and tested by scripts/consumers.ts.
      'examples/typescript/',
      'examples/vue/',
      'examples/svelte/',
      'examples/eleventy/',
      'examples/one-card/',
      'coverage/',
      'src/locales/*.ts',
      'scratch/',
    ],
  },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  wc.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-unused-expressions': 'off' },
  },
);
