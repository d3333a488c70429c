// ESLint flat config: typescript-eslint strict (type-aware), React hooks rules, jsx-a11y.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';

const noTestSupport = {
  group: ['**/tests', '**/tests/**', '@site/tests/**'],
  message:
    'Product code must not depend on test support: move the shared helper to scripts/lib/ (or src/lib/) and import it from there in the tests too.',
};
const noData = {
  group: ['**/data', '**/data/**', '@site/src/data', '@site/src/data/**'],
  message:
    'src/lib must not import src/data (src/data imports src/lib: a cycle). Take what the engine needs (owner keys, signature systems, trees) as an argument.',
};
const noViews = {
  group: ['@docusaurus/*', '@theme/*', '@theme-original/*', '@generated/*', '**/components/**', '**/theme/**', '**/hooks/**'],
  message:
    'src/lib is plain TypeScript that runs anywhere: keep Docusaurus and views in src/components, src/hooks or src/theme and pass data in.',
};
const noNode = {
  group: ['node:*', 'fs', 'fs/*', 'path', 'crypto', 'child_process', 'os', 'url', 'zlib', 'http', 'https'],
  message: 'src/lib also runs in the browser: put Node-only code in plugins/ or scripts/lib/ and pass its results in.',
};
const reactMessage = 'src/lib holds pure engines, tested without a browser: put React code in src/components/<Name>/ or src/hooks/.';
const noReact = ['react', 'react-dom', 'react/jsx-runtime'].map((name) => ({ name, message: reactMessage }));

export default tseslint.config(
  { ignores: ['build/', 'build-offline/', '.docusaurus/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Playwright fixtures call `use()`, which is not React's hook.
    files: ['tests/e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  // Layers: each forbidden import with its reason, so the message says what to do instead.
  // (A file matched by two blocks takes the last block's options, so src/lib repeats the test rule.)
  {
    files: ['scripts/**/*.{ts,tsx}', 'plugins/**/*.{ts,tsx}', 'src/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [noTestSupport] }] },
  },
  {
    files: ['src/lib/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: noReact, patterns: [noData, noViews, noNode, noTestSupport] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
