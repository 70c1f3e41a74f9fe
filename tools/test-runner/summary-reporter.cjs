// Jest reporter that leaves each run's counts in tmp/test-summary so `npm test` can print one total.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class SummaryReporter {
  constructor(globalConfig, options) {
    this.name = options.name;
  }
  onRunComplete(_contexts, results) {
    const dir = join(__dirname, '..', '..', 'tmp', 'test-summary');
    mkdirSync(dir, { recursive: true });
    const summary = { name: this.name, passed: results.numPassedTests, failed: results.numFailedTests + results.numRuntimeErrorTestSuites, skipped: results.numPendingTests };
    writeFileSync(join(dir, `${this.name.replace(/[^a-z0-9-]+/gi, '_')}.json`), JSON.stringify(summary));
  }
}
module.exports = SummaryReporter;
