// The compose spec loads every context (their config loaders); @usm/datasets and @usm/validation use hyparquet
// (ES modules only): transpile it for jest as libs/datasets does.
module.exports = require('../../libs/datasets/jest.esm-packages.cjs')(require('../../jest.preset.cjs')(__dirname, 'unit'));
