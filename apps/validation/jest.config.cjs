// The test split is Parquet, read with hyparquet (ES modules only): transpile it for jest as libs/datasets does.
module.exports = require('../../libs/datasets/jest.esm-packages.cjs')(require('../../jest.preset.cjs')(__dirname, 'unit'));
