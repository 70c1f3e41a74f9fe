import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Folder where the jest summary reporter (tools/test-runner/summary-reporter.cjs) leaves one file per run. */
export const summaryDir = join(__dirname, '..', '..', 'tmp', 'test-summary');

interface RunSummary {
  readonly name: string;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
}

export function resetSummary(): void {
  rmSync(summaryDir, { recursive: true, force: true });
  mkdirSync(summaryDir, { recursive: true });
}

/** Prints per-suite counts and the closing "N passed, N failed" line; returns `code`. */
export function printSummary(code: number): number {
  const runs: RunSummary[] = existsSync(summaryDir)
    ? readdirSync(summaryDir).map((f) => JSON.parse(readFileSync(join(summaryDir, f), 'utf8')) as RunSummary)
    : [];
  for (const run of runs.sort((a, b) => a.name.localeCompare(b.name))) {
    console.log(`  ${run.name}: ${run.passed} passed, ${run.failed} failed`);
  }
  const total = (key: 'passed' | 'failed' | 'skipped'): number => runs.reduce((sum, r) => sum + r[key], 0);
  console.log(`${total('passed')} passed, ${total('failed')} failed`);
  return total('failed') > 0 ? 1 : code;
}
