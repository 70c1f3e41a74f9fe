import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAvroContainer } from './avro/avro-container-reader';
import { readParquet } from './parquet/parquet-reader';
import { storeReleaseData } from './store-release-data';
import { LocalDirectoryArtifactStore } from './store/local-directory-artifact-store';
import { sampleLineage, sampleRows } from './testing/dataset-rows.fixture';

describe('storeReleaseData', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'release-data-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  const rows = [...sampleRows(300, 'train'), ...sampleRows(60, 'test')];
  const data = { rows, lineage: sampleLineage(rows), seed: 'split-seed', formats: ['avro', 'parquet'] as const };

  it('writes one file per split holding rows and format, plus the lineage, with counts and hashes', async () => {
    const store = new LocalDirectoryArtifactStore(root);
    const files = await storeReleaseData(store, 'rel-1', data);
    expect(files.map((f) => [f.path, f.format, f.split, f.recordCount])).toEqual([
      ['train.avro', 'avro', 'train', 300],
      ['train.parquet', 'parquet', 'train', 300],
      ['test.avro', 'avro', 'test', 60],
      ['test.parquet', 'parquet', 'test', 60],
      ['lineage.jsonl', 'lineage', null, 360],
    ]);
    expect(await store.list('rel-1')).toEqual(expect.arrayContaining(files.map(({ path, sha256, sizeBytes }) => ({ path, sha256, sizeBytes }))));
  });

  it('gives byte-identical files when the same rows are built again into another release', async () => {
    const store = new LocalDirectoryArtifactStore(root);
    const first = await storeReleaseData(store, 'rel-1', data);
    const second = await storeReleaseData(store, 'rel-2', { ...data, rows: [...rows], lineage: [...data.lineage].reverse() });
    expect(second.map((f) => f.sha256)).toEqual(first.map((f) => f.sha256));
  });

  it('keeps the rows of each split in release order in both formats', async () => {
    const store = new LocalDirectoryArtifactStore(root);
    await storeReleaseData(store, 'rel-1', data);
    const read = async (path: string) => {
      const chunks: Buffer[] = [];
      for await (const c of await store.open('rel-1', path)) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    };
    expect((await readParquet(await read('test.parquet'))).records).toEqual(rows.filter((r) => r.split === 'test'));
    expect((await readAvroContainer(await read('train.avro'))).records).toEqual(rows.filter((r) => r.split === 'train'));
  });
});
