module.exports = require('./jest.esm-packages.cjs')(require('../../jest.preset.cjs')(__dirname, 'int'));
