// The shared preset, plus React components (.tsx, automatic JSX runtime) for the web app's specs.
const preset = require('../../jest.preset.cjs')(__dirname, 'unit');

const tsx = [
  '@swc/jest',
  {
    jsc: { target: 'es2022', parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  ...preset,
  transform: { ...preset.transform, '^.+\\.tsx$': tsx },
  moduleFileExtensions: ['tsx', ...preset.moduleFileExtensions],
  // Style sheets are the bundler's business; a component spec only renders markup.
  moduleNameMapper: { ...preset.moduleNameMapper, '\\.css$': '<rootDir>/src/web/spec-support/no-style.cjs' },
};
