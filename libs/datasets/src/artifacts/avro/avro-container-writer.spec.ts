import fc from 'fast-check';
import { datasetRowArbitrary, sampleRows } from '../testing/dataset-rows.fixture';
import { sha256Hex } from '../sha256';
import { datasetRowAvroSchema } from './dataset-row.avro-schema';
import { readAvroContainer } from './avro-container-reader';
import { avroSyncMarkerOf } from './avro-sync-marker';
import { writeAvroContainer } from './avro-container-writer';

describe('writeAvroContainer', () => {
  const rows = sampleRows(5_000);

  it.each(['deflate', 'null'] as const)('writes byte-identical files for the same rows and seed (%s codec)', async (codec) => {
    const first = await writeAvroContainer(rows, 'seed-1', { codec });
    const second = await writeAvroContainer([...rows], 'seed-1', { codec });
    expect(sha256Hex(second)).toBe(sha256Hex(first));
  });

  it('derives the sync marker from the seed and ends every block with it', async () => {
    const bytes = Buffer.from(await writeAvroContainer(rows, 'seed-1', { blockSizeBytes: 16 * 1024 }));
    const marker = avroSyncMarkerOf('seed-1');
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from('Obj\x01', 'latin1'));
    expect(bytes.subarray(bytes.length - 16)).toEqual(marker);
    expect(countOccurrences(bytes, marker)).toBeGreaterThan(3);
    const other = Buffer.from(await writeAvroContainer(rows, 'seed-2', { blockSizeBytes: 16 * 1024 }));
    expect(countOccurrences(other, marker)).toBe(0);
  });

  it('reads back, with the file header schema, to the same rows and the documented schema', async () => {
    const content = await readAvroContainer(await writeAvroContainer(rows, 'seed-1'));
    expect(content.codec).toBe('deflate');
    expect(content.records).toEqual(rows);
    expect(content.schema).toEqual(datasetRowAvroSchema());
    expect(datasetRowAvroSchema().fields.every((f) => f.doc.length > 0)).toBe(true);
  });

  it('round-trips any row (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(datasetRowArbitrary, { maxLength: 30 }), async (anyRows) => {
        const content = await readAvroContainer(await writeAvroContainer(anyRows, 's', { codec: 'null' }));
        expect(content.records).toEqual(anyRows);
      }),
      { numRuns: 50 },
    );
  });

  it('writes a valid empty file for a split without rows', async () => {
    expect((await readAvroContainer(await writeAvroContainer([], 'seed-1'))).records).toEqual([]);
  });

  it('refuses a row that breaks the schema with a typed error', async () => {
    const broken = { ...sampleRows(1)[0], h3Resolution: 1.5 } as never;
    await expect(writeAvroContainer([broken], 'seed-1')).rejects.toMatchObject({ code: 'DATASETS.ARTIFACT_CONTENT_INVALID' });
  });
});

function countOccurrences(haystack: Buffer, needle: Buffer): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}
