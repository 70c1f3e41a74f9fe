import fc from 'fast-check';
import { datasetRowArbitrary, sampleRows } from '../testing/dataset-rows.fixture';
import { DATASET_ROW_COLUMNS } from '../columns';
import { sha256Hex } from '../sha256';
import { readParquet } from './parquet-reader';
import { PARQUET_CREATED_BY, PARQUET_ROW_GROUP_SIZE, writeParquet } from './parquet-writer';

describe('writeParquet', () => {
  it('writes byte-identical files for the same rows', async () => {
    const rows = sampleRows(3_000);
    expect(sha256Hex(await writeParquet([...rows]))).toBe(sha256Hex(await writeParquet(rows)));
  });

  it('reads back with hyparquet to the same rows, in order', async () => {
    const rows = sampleRows(3_000, 'validation');
    expect((await readParquet(await writeParquet(rows))).records).toEqual(rows);
  });

  it('declares every column with its physical type, and only the documented ones as nullable', async () => {
    const content = await readParquet(await writeParquet(sampleRows(10)));
    expect(content.columns).toEqual(
      DATASET_ROW_COLUMNS.map((c) => ({
        name: c.name,
        physicalType: { string: 'BYTE_ARRAY', int: 'INT32', timestampMillis: 'INT64', double: 'DOUBLE' }[c.kind],
        nullable: c.nullable,
      })),
    );
    expect(content.columns.filter((c) => c.nullable).map((c) => c.name)).toEqual(['ageBand', 'district', 'label', 'labelConfidence', 'labellerKind']);
  });

  it('carries no clock or library version, and cuts fixed row groups', async () => {
    expect(PARQUET_ROW_GROUP_SIZE).toBe(100_000);
    const content = await readParquet(await writeParquet(sampleRows(2_500), { rowGroupSize: 1_000 }));
    expect(content.createdBy).toBe(PARQUET_CREATED_BY);
    expect(content.rowGroups).toBe(3);
  });

  it('round-trips any row (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(datasetRowArbitrary, { maxLength: 40 }), async (rows) => {
        expect((await readParquet(await writeParquet(rows))).records).toEqual(rows.map((r) => ({ ...r })));
      }),
      { numRuns: 60 },
    );
  });

  it('refuses bytes that are not Parquet with a typed error', async () => {
    await expect(readParquet(new TextEncoder().encode('not parquet at all'))).rejects.toMatchObject({ code: 'DATASETS.ARTIFACT_CONTENT_INVALID' });
  });
});
