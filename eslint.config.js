// Lint rules, including the architecture of DESIGN.md §5: the pure core (domain, geo, stats)
// imports no DOM, Lit, MapLibre, drawing library or idb; only src/map imports MapLibre and the
// drawing library; only src/storage imports idb; components never import storage or the map.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const uiAndStorage = [
  { group: ['lit', 'lit/*', '@lit/*'], message: 'The core is pure: no Lit (DESIGN.md §5).' },
  { group: ['maplibre-gl', 'maplibre-gl/*', 'terra-draw', 'terra-draw*'], message: 'Only src/map may import the map (DESIGN.md §5).' },
  { group: ['idb', 'idb/*', 'fake-indexeddb', 'fake-indexeddb/*'], message: 'Only src/storage may import idb (DESIGN.md §5).' },
  { group: ['node:*', 'fs', 'path'], message: 'The core runs in the browser and a worker: no Node modules.' },
  { group: ['**/components/**', '**/map/**', '**/storage/**', '**/state/**', '**/app/**', '**/io/**', '**/cli/**'], message: 'The core depends on nothing outside domain, geo and stats.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'bench/generated/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['src/domain/**', 'src/geo/**', 'src/stats/**'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', { patterns: uiAndStorage }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'require'],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/domain/**', 'src/geo/**', 'src/stats/**', 'src/map/**', 'src/storage/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [uiAndStorage[1], uiAndStorage[2]] }] },
  },
  {
    files: ['src/map/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [uiAndStorage[2]] }] },
  },
  {
    files: ['src/storage/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [uiAndStorage[1]] }] },
  },
  {
    files: ['src/components/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [uiAndStorage[1], uiAndStorage[2], { group: ['**/storage/**', '**/map/**'], message: 'Components talk to the store, never to storage or the map (DESIGN.md §5).' }] }],
    },
  },
);
