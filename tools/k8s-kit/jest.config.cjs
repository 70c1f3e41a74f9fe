// kubernetes-models ships ES modules only and exports them under the `import` condition: jest (CommonJS) gets the
// precompiled schema validators by path and transpiles them.
const path = require('node:path');
const base = require('../../jest.preset.cjs')(__dirname, 'unit');
const modules = path.join(__dirname, '../../node_modules');
const esm = ['kubernetes-models', '@kubernetes-models/apimachinery', '@kubernetes-models/validate', 'is-cidr', 'cidr-regex'];

module.exports = {
  ...base,
  transform: {
    ...base.transform,
    [`^.+/node_modules/(${esm.join('|')})/.+\\.js$`]: ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'ecmascript' } }, module: { type: 'commonjs' } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${esm.join('|')})/)`],
  moduleNameMapper: {
    ...base.moduleNameMapper,
    '^kubernetes-models/_schemas/(.+?)(\\.js)?$': `${modules}/kubernetes-models/_schemas/$1.js`,
    '^@kubernetes-models/apimachinery/_schemas/(.+?)(\\.js)?$': `${modules}/@kubernetes-models/apimachinery/_schemas/$1.js`,
    '^@kubernetes-models/validate$': `${modules}/@kubernetes-models/validate/dist/index.js`,
  },
};
