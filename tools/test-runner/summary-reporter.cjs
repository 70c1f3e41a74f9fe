// Jest reporter that leaves each run's counts in tmp/test-summary so `npm test` can print one total, and
// names every failed test with the first lines of its error: CI shows only the tail of a long run.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..', '..');
// eslint-disable-next-line no-control-regex
const ansi = /\u001b\[[0-9;]*m/g;
const firstLines = (text, count) =>
  String(text ?? '')
    .replace(ansi, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
    .slice(0, count);

class SummaryReporter {
  constructor(globalConfig, options) {
    this.name = options.name;
  }
  onRunComplete(_contexts, results) {
    const dir = join(root, 'tmp', 'test-summary');
    mkdirSync(dir, { recursive: true });
    const failures = [];
    for (const file of results.testResults) {
      const path = relative(root, file.testFilePath);
      if (file.testExecError) failures.push({ path, test: '(suite failed to run)', error: firstLines(file.testExecError.message, 4) });
      for (const test of file.testResults) {
        if (test.status === 'failed') failures.push({ path, test: test.fullName, error: firstLines(test.failureMessages.join('\n'), 4) });
      }
      // A hook that fails outside any test (afterAll) fails the file without failing a test.
      if (file.failureMessage && !file.testExecError && file.numFailingTests === 0) {
        failures.push({ path, test: '(outside any test)', error: firstLines(file.failureMessage, 4) });
      }
    }
    const summary = {
      name: this.name,
      passed: results.numPassedTests,
      failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
      skipped: results.numPendingTests,
      failures,
    };
    writeFileSync(join(dir, `${this.name.replace(/[^a-z0-9-]+/gi, '_')}.json`), JSON.stringify(summary));
  }
}
module.exports = SummaryReporter;
