import { readFileSync } from 'node:fs';
import { parquetRows } from '@usm/validation';
import { trainReference } from './reference-model';
import { listen, referenceServer } from './reference-server';

/**
 * The reference solution as a company would run it: trains the categorical naive Bayes on a release's
 * train split (REFERENCE_TRAIN_FILE, a train.parquet downloaded under an agreement) and serves the hosted contract
 * on REFERENCE_PORT. REFERENCE_LABELS (comma-separated) restricts answers to a benchmark's labels.
 */
async function main(): Promise<void> {
  const file = process.env['REFERENCE_TRAIN_FILE'];
  if (!file) throw new Error('REFERENCE_TRAIN_FILE must name a train.parquet file');
  const timeZone = process.env['REFERENCE_TIME_ZONE'] ?? 'UTC';
  const labels = (process.env['REFERENCE_LABELS'] ?? '').split(',').map((l) => l.trim()).filter(Boolean);
  const reference = trainReference(await parquetRows(readFileSync(file)), timeZone);
  const url = await listen(referenceServer(reference, timeZone, labels), Number(process.env['REFERENCE_PORT'] ?? '0'));
  process.stdout.write(`${JSON.stringify({ msg: 'reference solution ready', url, artifactSha256: reference.artifactSha256 })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`reference solution failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
