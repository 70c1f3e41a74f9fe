import { Readable } from 'node:stream';
import { streams } from 'avsc';
import { ArtifactContentInvalid } from '../artifact.errors';

export interface AvroContainerContent {
  /** The writer schema exactly as stored in the file header (with docs). */
  readonly schema: unknown;
  readonly codec: string;
  readonly records: Record<string, unknown>[];
}

/** Reads an Avro object container file with the schema from its own header (not ours): an independent read. */
export async function readAvroContainer(bytes: Uint8Array): Promise<AvroContainerContent> {
  const decoder = new streams.BlockDecoder();
  let header: { schema: unknown; codec: string } | undefined;
  decoder.on('metadata', (_type: unknown, codec: string, raw: { meta: Record<string, Buffer> }) => {
    header = { schema: JSON.parse(String(raw.meta['avro.schema'])) as unknown, codec };
  });
  const records: Record<string, unknown>[] = [];
  try {
    for await (const record of Readable.from([Buffer.from(bytes)]).pipe(decoder)) {
      records.push({ ...(record as Record<string, unknown>) });
    }
  } catch (cause) {
    throw new ArtifactContentInvalid('avro', 'objectContainerFile', 'the file is not a readable Avro object container file', cause);
  }
  if (!header) throw new ArtifactContentInvalid('avro', 'objectContainerFile', 'the file has no Avro header');
  return { schema: header.schema, codec: header.codec, records };
}
