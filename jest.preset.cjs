// Shared jest settings: SWC transpiles TypeScript (with decorator metadata, which Nest's DI needs)
// and tsconfig path aliases resolve to library sources.
const path = require('node:path');
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = Object.fromEntries(
  Object.entries(compilerOptions.paths).map(([alias, [target]]) => [
    `^${alias.replace('/', '\\/')}$`,
    path.join(__dirname, target),
  ]),
);

const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

/** @param {string} projectDir @param {'unit'|'int'} kind */
module.exports = function jestConfig(projectDir, kind) {
  return {
    displayName: `${path.relative(__dirname, projectDir)} (${kind})`,
    reporters: ['default', [path.join(__dirname, 'tools/test-runner/summary-reporter.cjs'), { name: `${path.relative(__dirname, projectDir)} ${kind}` }]],
    rootDir: projectDir,
    testEnvironment: 'node',
    transform: { '^.+\\.ts$': swc },
    moduleFileExtensions: ['ts', 'js', 'json'],
    moduleNameMapper,
    testMatch: kind === 'unit' ? ['<rootDir>/**/*.spec.ts'] : ['<rootDir>/**/*.int-spec.ts'],
    testTimeout: kind === 'unit' ? 10_000 : 120_000,
    ...(kind === 'int' ? { maxWorkers: 1 } : {}),
  };
};
