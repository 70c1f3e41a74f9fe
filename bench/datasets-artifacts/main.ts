// Cost of the release writers on 1,000,000 rows, and of verifying the release from its files.
// Run: npm run bench:datasets-artifacts [-- rows]. Prints wall and CPU seconds: on a shared machine CPU time is
// the figure that does not depend on the neighbours.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatasetRow, RowLineage, Split } from '@usm/datasets';
import { LocalDirectoryArtifactStore, storeReleaseData, verifyRelease, writeAvroContainer, writeLineageFile, writeParquet } from '@usm/datasets';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const CATEGORIES = ['traffic', 'lighting', 'flooding', 'crime', 'fire'];
const splitOf = (i: number): Split => (i % 10 === 8 ? 'validation' : i % 10 === 9 ? 'test' : 'train');

function rowsOf(count: number): DatasetRow[] {
  return Array.from({ length: count }, (_, i) => ({
    rowId: `${splitOf(i)}-${String(i).padStart(7, '0')}`,
    eventId: randomUUID(),
    city: i % 2 ? 'incheon' : 'barcelona',
    sourceKind: 'citizenReport',
    category: CATEGORIES[i % 5] ?? 'traffic',
    subCategory: `sub-${i % 17}`,
    severity: ['low', 'medium', 'high'][i % 3] ?? 'low',
    h3Cell: `87${(0x30e1a000 + (i % 90)).toString(16)}ffff`,
    h3Resolution: 7,
    timeBucketStart: 1_767_225_600_000 + (i % 72) * 3_600_000,
    timeBucketMinutes: 60,
    ageBand: i % 4 ? '30-49' : null,
    district: null,
    label: i % 2 ? 'pothole' : null,
    labelConfidence: i % 2 ? 0.9 : null,
    labellerKind: i % 2 ? 'human' : null,
    split: splitOf(i),
  }));
}

const lineageOf = (rows: readonly DatasetRow[]): RowLineage[] =>
  rows.map((r, i) => ({ rowId: r.rowId, event: { city: r.city, topic: 'safety.events.anonymised.v1', partition: i % 6, offset: String(i), eventId: r.eventId }, label: null }));

async function timed<T>(name: string, run: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await run();
  const used = process.cpuUsage(cpu);
  const wall = (performance.now() - start) / 1000;
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(`${name.padEnd(34)} wall ${wall.toFixed(2).padStart(6)} s   cpu ${cpuSeconds.toFixed(2).padStart(6)} s`);
  return result;
}

async function main(): Promise<void> {
  const rows = rowsOf(ROWS);
  const lineage = lineageOf(rows);
  console.log(`rows: ${ROWS.toLocaleString('en')}  (node ${process.version})`);
  await timed('parquet, all rows in one file', () => writeParquet(rows));
  await timed('avro (deflate), one file', () => writeAvroContainer(rows, 'bench'));
  await timed('lineage file', () => writeLineageFile(lineage));
  const root = await mkdtemp(join(tmpdir(), 'bench-artifacts-'));
  try {
    const store = new LocalDirectoryArtifactStore(root);
    const files = await timed('storeReleaseData (3 splits x 2 fmt)', () => storeReleaseData(store, 'bench', { rows, lineage, seed: 'bench', formats: ['avro', 'parquet'] }));
    const report = await timed('verifyRelease', () =>
      verifyRelease(store, 'bench', { files, k: 1, l: 1, quasiIdentifiers: ['h3Cell', 'timeBucket', 'ageBand', 'district'], sensitiveColumn: 'subCategory' }),
    );
    for (const f of files) console.log(`  ${f.path.padEnd(20)} ${(f.sizeBytes / 2 ** 20).toFixed(1).padStart(7)} MiB  ${f.recordCount ?? ''}`);
    console.log(`verify: ${report.anonymity.map((a) => `${a.format} k=${a.k} l=${a.l}`).join(', ')}; ${report.problems.length} problems (k, l claimed 1: ${report.problems[0] ?? 'none'})`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

void main();
