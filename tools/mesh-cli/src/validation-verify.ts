import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidationResult } from '@usm/contracts';
import type { VerificationProblem } from '@usm/validation';
import { TEST_SPLIT_FILE, parquetRows, sha256Hex, verifyAgainstFiles } from '@usm/validation';

/** What the caller holds: the published result, the release's test split, the predictions as scored. */
export interface HeldFiles {
  readonly result: ValidationResult;
  /** Directory holding the release's files (`test.parquet`), as downloaded from the datasets service. */
  readonly releaseDir: string;
  readonly predictionsFile: string;
  /** The benchmark's labels; by default those the per-label metrics name. */
  readonly labels?: readonly string[];
  readonly timeZone: string;
}

/** A result as a file holds it: the run document `GET /v1/runs/{id}` answers, or the bare result. */
export function resultOfDocument(document: unknown): ValidationResult {
  const d = document as { result?: ValidationResult } & Partial<ValidationResult>;
  const result = (d.result ?? d) as ValidationResult;
  if (typeof result.runId !== 'string' || typeof result.metrics !== 'object') throw new Error('the file holds no validation result (runId, metrics)');
  return result;
}

/** The benchmark's labels as the per-label metrics name them (`precision.<label>`). */
export const labelsOfMetrics = (metrics: Readonly<Record<string, number>>): string[] =>
  Object.keys(metrics).filter((k) => k.startsWith('precision.')).map((k) => k.slice('precision.'.length)).sort();

/** Recomputes the result from the held files (`verifyAgainstFiles`): hashes, scorer version and every metric. */
export async function verifyHeldFiles(held: HeldFiles): Promise<{ verified: boolean; problems: VerificationProblem[] }> {
  const path = join(held.releaseDir, TEST_SPLIT_FILE);
  if (!existsSync(path)) throw new Error(`${path} is missing: download the release's ${TEST_SPLIT_FILE} first`);
  const bytes = readFileSync(path);
  const labels = held.labels ?? labelsOfMetrics(held.result.metrics);
  if (labels.length === 0) throw new Error('the result shares no per-label metric (passFail): give the benchmark labels with --labels');
  const { verified, problems } = verifyAgainstFiles({
    result: held.result,
    rows: await parquetRows(bytes),
    predictionsJsonl: readFileSync(held.predictionsFile, 'utf8'),
    labels,
    releaseFiles: [{ path: TEST_SPLIT_FILE, sha256: sha256Hex(bytes) }],
    timeZone: held.timeZone,
  });
  return { verified, problems };
}
