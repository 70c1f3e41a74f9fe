import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Folder where the jest summary reporter (tools/test-runner/summary-reporter.cjs) leaves one file per run. */
export const summaryDir = join(__dirname, '..', '..', 'tmp', 'test-summary');

interface RunSummary {
  readonly name: string;
  readonly passed: number;
  readonly failed: number;
  readonly skipped: number;
  readonly failures?: readonly { readonly path: string; readonly test: string; readonly error: readonly string[] }[];
}

export function resetSummary(): void {
  rmSync(summaryDir, { recursive: true, force: true });
  mkdirSync(summaryDir, { recursive: true });
}

/** Prints per-suite counts, each failed test with the start of its error, and the closing "N passed, N failed" line; returns `code`. */
export function printSummary(code: number): number {
  const runs: RunSummary[] = existsSync(summaryDir)
    ? readdirSync(summaryDir).map((f) => JSON.parse(readFileSync(join(summaryDir, f), 'utf8')) as RunSummary)
    : [];
  for (const run of runs.sort((a, b) => a.name.localeCompare(b.name))) {
    console.log(`  ${run.name}: ${run.passed} passed, ${run.failed} failed`);
  }
  const total = (key: 'passed' | 'failed' | 'skipped'): number => runs.reduce((sum, r) => sum + r[key], 0);
  const failures = runs.flatMap((run) => (run.failures ?? []).map((failure) => ({ run: run.name, ...failure })));
  if (failures.length > 0) console.log('failed tests:');
  for (const failure of failures) {
    console.log(`  ✕ ${failure.run} · ${failure.path} · ${failure.test}`);
    for (const line of failure.error) console.log(`      ${line}`);
  }
  console.log(`${total('passed')} passed, ${total('failed')} failed`);
  return total('failed') > 0 ? 1 : code;
}
