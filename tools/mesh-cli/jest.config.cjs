// The datasets commands use @usm/datasets (hyparquet-writer ships ES modules only): transpile it for jest.
module.exports = require('../../libs/datasets/jest.esm-packages.cjs')(require('../../jest.preset.cjs')(__dirname, 'unit'));
