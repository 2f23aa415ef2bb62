import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'tests/fixtures/dist/**', 'node_modules/**', '**/node_modules/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { languageOptions: { globals: { ...globals.browser } } },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Untrusted text goes into the DOM as text, never as markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text with textContent; page and profile text is untrusted.' },
        { property: 'outerHTML', message: 'Render text with textContent; page and profile text is untrusted.' },
        { property: 'insertAdjacentHTML', message: 'Render text with textContent; page and profile text is untrusted.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'UI text is rendered as text.' },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', '.ci/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // Tests build editor DOM from literal markup they own.
    files: ['tests/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
