import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

const focusOrSkip = ['describe', 'it', 'test'].flatMap((object) =>
  ['skip', 'only', 'todo'].map((property) => ({ object, property, message: 'Skipped or focused tests do not land.' })),
);

const contextScopes = ['safety-events', 'privacy', 'consent', 'federation', 'datasets', 'sites', 'labels', 'validation'];

/** Tag rules; `testing` libraries are allowed only where `inSpecs` is true. */
function moduleBoundaries(inSpecs) {
  const testing = inSpecs ? ['type:testing'] : [];
  return {
    enforceBuildableLibDependency: false,
    allow: [],
    depConstraints: [
      { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:context', 'type:platform', 'type:contracts', ...testing] },
      { sourceTag: 'type:context', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', ...testing] },
      { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', ...testing] },
      { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts'] },
      { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:testing'] },
      { sourceTag: 'type:tooling', onlyDependOnLibsWithTags: ['type:platform', 'type:contracts', 'type:testing', 'type:context', 'type:tooling'] },
      { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
      // Tooling (infra/local, CLIs) drives whole city nodes, so it may use any context.
      { sourceTag: 'scope:tooling', onlyDependOnLibsWithTags: ['*'] },
      ...contextScopes.map((scope) => ({ sourceTag: `scope:${scope}`, onlyDependOnLibsWithTags: ['scope:shared', `scope:${scope}`] })),
      // The console reads every context only through its HTTP APIs and shareable topics, never its code.
      { sourceTag: 'scope:console', onlyDependOnLibsWithTags: ['scope:shared'] },
    ],
  };
}

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.mesh/**', '.nx/**', '**/*.cjs', '**/*.mjs', '**/*.js'] },
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@nx/enforce-module-boundaries': ['error', moduleBoundaries(false)],
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-properties': ['error', ...focusOrSkip],
    },
  },
  {
    files: ['**/*.spec.ts', '**/*.int-spec.ts', '**/spec-support/**/*.ts', '**/testing/**/*.ts', '**/testing.ts'],
    rules: { '@nx/enforce-module-boundaries': ['error', moduleBoundaries(true)] },
  },
  {
    // The cross-border leak proof measures privacy's output after federation's replication: the one
    // spec fixture where a context reads another's test corpus and leak guard.
    files: ['libs/federation/src/testing/cross-border-corpus.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // The validation spec evaluates on a release the real datasets service builds, with that service's spec helpers.
    files: ['apps/validation/src/spec-support/datasets-stack.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // The city node boots each standalone app's own config loader and module unchanged, so one process and
    // separate services share one definition of every context (ADR city-node).
    files: ['apps/city-node/src/contexts/city-node-contexts.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // `npm start` drives the local stack and the contracts CLI by path (tools, not libraries), and its workload
    // spec checks events with the ingest context's own validator.
    files: ['tools/local-demo/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
  {
    // Nest resolves constructor-injected classes from emitted decorator metadata; a type-only import erases it.
    files: ['**/*.module.ts', '**/*.controller.ts', '**/*.provider.ts', '**/*.service.ts', '**/*.indicator.ts', '**/*.consumer.ts', '**/*.filter.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['libs/*/src/domain/**/*.ts', 'libs/*/src/*/domain/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*', 'kafkajs', '@kafkajs/*', 'avsc', 'typeorm', 'pg', 'node:*'], message: 'domain/ is pure: I/O and frameworks live in adapters.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        ...focusOrSkip,
        { object: 'Date', property: 'now', message: 'domain/ takes the time from the command (now), never the clock.' },
        { object: 'Math', property: 'random', message: 'domain/ takes ids and randomness from ports.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'domain/ takes the time from the command (now), never the clock.' },
      ],
    },
  },
);
