import { parquetMetadata, parquetReadObjects, parquetSchema } from 'hyparquet';
import { ArtifactContentInvalid } from '../artifact.errors';

export interface ParquetContent {
  readonly columns: readonly { readonly name: string; readonly physicalType: string; readonly nullable: boolean }[];
  readonly createdBy: string | undefined;
  readonly rowGroups: number;
  readonly records: Record<string, unknown>[];
}

// hyparquet returns INT64 as bigint and timestamps as Date; rows use epoch-ms numbers.
function plainValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.getTime();
  return value;
}

/** Reads a Parquet file with hyparquet (a reader independent of the writer) into plain records. */
export async function readParquet(bytes: Uint8Array): Promise<ParquetContent> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  try {
    const metadata = parquetMetadata(file);
    const columns = parquetSchema(metadata).children.map((child) => ({
      name: child.element.name,
      physicalType: child.element.type ?? 'GROUP',
      nullable: child.element.repetition_type === 'OPTIONAL',
    }));
    const raw = await parquetReadObjects({ file, metadata, utf8: true });
    const records = raw.map((record) => Object.fromEntries(Object.entries(record).map(([key, value]) => [key, plainValue(value)])));
    return { columns, createdBy: metadata.created_by, rowGroups: metadata.row_groups.length, records };
  } catch (cause) {
    throw new ArtifactContentInvalid('parquet', 'parquetFile', 'the file is not a readable Parquet file', cause);
  }
}
