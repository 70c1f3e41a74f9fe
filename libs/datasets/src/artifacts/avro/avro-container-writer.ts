import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { deflateRaw } from 'node:zlib';
import { streams } from 'avsc';
import { ArtifactContentInvalid } from '../artifact.errors';
import type { DatasetRow } from '../../domain';
import { datasetRowAvroSchema } from './dataset-row.avro-schema';
import { avroSyncMarkerOf } from './avro-sync-marker';

export type AvroCodec = 'null' | 'deflate';

export interface AvroContainerOptions {
  readonly codec?: AvroCodec;
  /** Uncompressed bytes per block before it is flushed; fixed so block boundaries depend on the rows only. */
  readonly blockSizeBytes?: number;
}

/** Fixed, not zlib's default, so a zlib upgrade that changes the default cannot change the bytes. */
export const AVRO_DEFLATE_LEVEL = 6;
export const AVRO_BLOCK_SIZE_BYTES = 1 << 20;

const CODECS = {
  null: (buf: Buffer, cb: (err: Error | null, out?: Buffer) => void) => cb(null, buf),
  deflate: (buf: Buffer, cb: (err: Error | null, out?: Buffer) => void) => deflateRaw(buf, { level: AVRO_DEFLATE_LEVEL }, cb),
};

/**
 * Writes rows as one Avro object container file. Deterministic: the sync marker comes from the seed,
 * block size and deflate level are fixed and the header holds only the schema and codec (no clock).
 */
export async function writeAvroContainer(rows: readonly DatasetRow[], seed: string, options: AvroContainerOptions = {}): Promise<Uint8Array> {
  const encoder = new streams.BlockEncoder(datasetRowAvroSchema() as never, {
    codec: options.codec ?? 'deflate',
    codecs: CODECS,
    blockSize: options.blockSizeBytes ?? AVRO_BLOCK_SIZE_BYTES,
    syncMarker: avroSyncMarkerOf(seed),
    writeHeader: 'always',
  });
  const chunks: Buffer[] = [];
  try {
    await pipeline(Readable.from(rows, { objectMode: true }), encoder, async (source: AsyncIterable<Buffer>) => {
      for await (const chunk of source) chunks.push(chunk);
    });
  } catch (cause) {
    throw new ArtifactContentInvalid('rows', 'avroSchema', 'a row does not match the DatasetRow Avro schema', cause);
  }
  return Buffer.concat(chunks);
}
