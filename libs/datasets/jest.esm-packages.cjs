// hyparquet and hyparquet-writer ship only ES modules; jest's CommonJS runtime needs them transpiled.
// Node itself loads them through require(esm), so only the test runner needs this.
const ESM_PACKAGES = ['hyparquet', 'hyparquet-writer'];

/** @param {import('jest').Config} base */
module.exports = function withEsmPackages(base) {
  return {
    ...base,
    transform: {
      ...base.transform,
      [`^.+/node_modules/(${ESM_PACKAGES.join('|')})/.+\\.js$`]: [
        '@swc/jest',
        { jsc: { target: 'es2022', parser: { syntax: 'ecmascript' } }, module: { type: 'commonjs' } },
      ],
    },
    transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  };
};
