import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatasetRow, ReleaseFile, RowLineage, Split } from '../../domain';
import { writeAvroContainer } from '../avro/avro-container-writer';
import { writeReleaseManifest } from '../manifest/release-manifest';
import { storeReleaseData } from '../store-release-data';
import { LocalDirectoryArtifactStore } from '../store/local-directory-artifact-store';
import { sampleLineage, sampleRows } from '../testing/dataset-rows.fixture';
import type { VerifyExpectation } from './verify-report';
import { verifyRelease } from './verify-release';

// Three equivalence classes over (h3Cell, timeBucket, ageBand, district) of sizes 5, 6 and 7, with 2, 3 and 2
// distinct sub-categories: k = 5 and l = 2 by construction.
function anonymousRows(): DatasetRow[] {
  const template = sampleRows(1)[0] as DatasetRow;
  const classes = [
    { h3Cell: '871f1d489ffffff', size: 5, subs: ['a', 'b'] },
    { h3Cell: '871f1d48affffff', size: 6, subs: ['a', 'b', 'c'] },
    { h3Cell: '871f1d48bffffff', size: 7, subs: ['b', 'c'] },
  ];
  const rows = classes.flatMap((c) => Array.from({ length: c.size }, (_, i) => ({ ...template, h3Cell: c.h3Cell, subCategory: c.subs[i % c.subs.length] as string })));
  const splits: readonly Split[] = ['train', 'train', 'validation', 'test'];
  return rows.map((row, i) => ({ ...row, rowId: `${splits[i % 4]}-${String(i).padStart(4, '0')}`, eventId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, split: splits[i % 4] as Split }));
}

describe('verifyRelease', () => {
  let root: string;
  let store: LocalDirectoryArtifactStore;
  let rows: DatasetRow[];
  let lineage: RowLineage[];
  let files: ReleaseFile[];
  const expectation = (over: Partial<VerifyExpectation> = {}): VerifyExpectation => ({
    files, k: 5, l: 2, targets: { k: 5, l: 2 }, quasiIdentifiers: ['h3Cell', 'timeBucket', 'ageBand', 'district'], sensitiveColumn: 'subCategory', ...over,
  });

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'verify-'));
    store = new LocalDirectoryArtifactStore(root);
    rows = anonymousRows();
    lineage = sampleLineage(rows);
    files = await storeReleaseData(store, 'rel-1', { rows, lineage, seed: 'seed', formats: ['avro', 'parquet'] });
    const manifest = await store.put('rel-1', 'manifest.json', writeReleaseManifest({ releaseId: 'rel-1', definitionId: 'd', definitionVersion: 1, city: 'barcelona', snapshot: [], files }));
    files = [...files, { ...manifest, format: 'manifest', split: null, recordCount: 0 }];
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('recomputes hashes, row counts, lineage and k, l from the files of a sound release', async () => {
    const report = await verifyRelease(store, 'rel-1', expectation());
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report.files.map((f) => f.path)).toEqual(['lineage.jsonl', 'manifest.json', 'test.avro', 'test.parquet', 'train.avro', 'train.parquet', 'validation.avro', 'validation.parquet']);
    expect(report.dataFiles.map((d) => `${d.path}:${d.rows}`)).toEqual(['test.avro:4', 'test.parquet:4', 'train.avro:10', 'train.parquet:10', 'validation.avro:4', 'validation.parquet:4']);
    expect(report.anonymity).toEqual([
      { format: 'parquet', rows: 18, classes: 3, k: 5, l: 2 },
      { format: 'avro', rows: 18, classes: 3, k: 5, l: 2 },
    ]);
    expect(report.lineageRows).toBe(18);
  });

  it('finds a file changed after publication', async () => {
    const path = join(root, 'rel-1', 'train.parquet');
    const bytes = await store.open('rel-1', 'train.parquet');
    const chunks: Buffer[] = [];
    for await (const c of bytes) chunks.push(c as Buffer);
    const tampered = Buffer.concat(chunks);
    tampered[10] = (tampered[10] ?? 0) ^ 0xff;
    await writeFile(path, tampered);
    const report = await verifyRelease(store, 'rel-1', expectation());
    expect(report.ok).toBe(false);
    expect(report.problems.join('\n')).toMatch(/train\.parquet: SHA-256 [0-9a-f]{64} differs from the published/);
    expect(report.problems.join('\n')).toMatch(/manifest\.json: train\.parquet listed with SHA-256/);
  });

  it('refuses figures the files do not give, and targets they miss', async () => {
    const report = await verifyRelease(store, 'rel-1', expectation({ k: 6, targets: { k: 6, l: 3 } }));
    expect(report.problems).toEqual(expect.arrayContaining([
      'parquet: files give k = 5, l = 2; release says k = 6, l = 2',
      'parquet: k = 5, l = 2 miss the targets k >= 6, l >= 3',
      'avro: k = 5, l = 2 miss the targets k >= 6, l >= 3',
    ]));
  });

  it('finds Avro and Parquet files that disagree, and row counts that differ from the release', async () => {
    const train = rows.filter((r) => r.split === 'train').map((r, i) => (i === 2 ? { ...r, severity: 'changed' } : r));
    const avro = await store.put('rel-1', 'train.avro', await writeAvroContainer(train, 'seed:train'));
    const report = await verifyRelease(store, 'rel-1', expectation({
      files: files.map((f) => (f.path === 'train.avro' ? { ...f, ...avro } : f.path === 'test.parquet' ? { ...f, recordCount: 3 } : f)),
    }));
    expect(report.problems).toEqual(expect.arrayContaining(['train: Avro and Parquet files differ at row 2', 'test.parquet: 4 rows, release says 3']));
  });

  it('finds lineage that does not cover the rows, a missing file and a stray file', async () => {
    await store.put('rel-1', 'lineage.jsonl', Buffer.from(''));
    await store.put('rel-1', 'notes.txt', Buffer.from('x'));
    const report = await verifyRelease(store, 'rel-1', expectation({ files: [...files, { path: 'croissant.json', sha256: 'f'.repeat(64) }] }));
    expect(report.problems).toEqual(expect.arrayContaining([
      'croissant.json: missing from the store',
      'notes.txt: stored but not part of the release',
      'lineage.jsonl: 0 entries for 18 data rows',
    ]));
  });

  it('reports an unreadable data file instead of throwing', async () => {
    const stored = await store.put('rel-1', 'test.avro', Buffer.from('garbage'));
    const report = await verifyRelease(store, 'rel-1', expectation({ files: files.map((f) => (f.path === 'test.avro' ? { ...f, ...stored } : f)) }));
    expect(report.problems).toContain('test.avro: not a readable avro file');
  });
});
