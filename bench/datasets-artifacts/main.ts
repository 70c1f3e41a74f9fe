// Throughput of the release writers on 1,000,000 rows, and of reading the files back independently.
// Run: npm run bench:datasets-artifacts [-- rows]
import { randomUUID } from 'node:crypto';
import type { DatasetRow } from '@usm/datasets';
import { readAvroContainer, readParquet, writeAvroContainer, writeLineageFile, writeParquet } from '@usm/datasets';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const CATEGORIES = ['traffic', 'lighting', 'flooding', 'crime', 'fire'];

function rowsOf(count: number): DatasetRow[] {
  return Array.from({ length: count }, (_, i) => ({
    rowId: `train-${String(i).padStart(7, '0')}`,
    eventId: randomUUID(),
    city: i % 2 ? 'incheon' : 'barcelona',
    sourceKind: 'citizenReport',
    category: CATEGORIES[i % 5] ?? 'traffic',
    subCategory: `sub-${i % 17}`,
    severity: ['low', 'medium', 'high'][i % 3] ?? 'low',
    h3Cell: `87${(0x30e1a000 + (i % 900)).toString(16)}ffff`,
    h3Resolution: 7,
    timeBucketStart: 1_767_225_600_000 + (i % 720) * 3_600_000,
    timeBucketMinutes: 60,
    ageBand: i % 4 ? '30-49' : null,
    district: i % 5 ? `district-${i % 9}` : null,
    label: i % 2 ? 'pothole' : null,
    labelConfidence: i % 2 ? 0.9 : null,
    labellerKind: i % 2 ? 'human' : null,
    split: 'train',
  }));
}

async function timed<T>(name: string, run: () => Promise<T> | T): Promise<T> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = await run();
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  // CPU seconds stay meaningful on a shared machine where wall time depends on the neighbours.
  console.log(`${name.padEnd(22)} wall ${seconds.toFixed(2)} s  cpu ${cpuSeconds.toFixed(2)} s  ${Math.round(ROWS / cpuSeconds).toLocaleString('en')} rows per cpu-second`);
  return result;
}

async function main(): Promise<void> {
  const rows = rowsOf(ROWS);
  console.log(`rows: ${ROWS.toLocaleString('en')}`);
  const parquet = await timed('parquet write', () => writeParquet(rows));
  const avro = await timed('avro write (deflate)', () => writeAvroContainer(rows, 'bench'));
  const lineage = await timed('lineage write', () =>
    writeLineageFile(rows.map((r, i) => ({ rowId: r.rowId, event: { city: r.city, topic: 'safety.events.anonymised.v1', partition: i % 6, offset: String(i), eventId: r.eventId }, label: null }))),
  );
  await timed('parquet read', () => readParquet(parquet));
  await timed('avro read', () => readAvroContainer(avro));
  console.log(`sizes: parquet ${(parquet.byteLength / 2 ** 20).toFixed(1)} MiB, avro ${(avro.byteLength / 2 ** 20).toFixed(1)} MiB, lineage ${(lineage.byteLength / 2 ** 20).toFixed(1)} MiB`);
  console.log(`peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
}

void main();
