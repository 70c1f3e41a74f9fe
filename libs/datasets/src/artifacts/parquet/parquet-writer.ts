import type { BasicType, ColumnSource } from 'hyparquet-writer';
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { DatasetRow } from '../../domain';
import type { ColumnKind, RowColumn } from '../columns';
import { DATASET_ROW_COLUMNS } from '../columns';

/** Rows per row group; fixed so the file layout depends on the rows only. */
export const PARQUET_ROW_GROUP_SIZE = 100_000;
/** Written as created_by instead of the library default; carries no version or clock. */
export const PARQUET_CREATED_BY = 'usm-datasets';

const PARQUET_TYPE: Record<ColumnKind, BasicType> = { string: 'STRING', int: 'INT32', timestampMillis: 'TIMESTAMP', double: 'DOUBLE' };

// Row ids share long prefixes (delta strings shrink them ~30x); random UUIDs neither repeat nor compress,
// so dictionary attempts and snappy would only cost time. Min/max of unique ids help no reader.
const COLUMN_TUNING: Partial<Record<keyof DatasetRow, Pick<ColumnSource, 'encoding' | 'codec' | 'statistics'>>> = {
  rowId: { encoding: 'DELTA_BYTE_ARRAY', statistics: false },
  eventId: { encoding: 'PLAIN', codec: 'UNCOMPRESSED', statistics: false },
};

function columnSource(rows: readonly DatasetRow[], column: RowColumn): ColumnSource {
  return {
    name: column.name,
    data: rows.map((row) => row[column.name]),
    type: PARQUET_TYPE[column.kind],
    nullable: column.nullable,
    ...COLUMN_TUNING[column.name],
  };
}

/**
 * Writes rows as one Parquet file (hyparquet-writer, columnar). Deterministic: fixed row groups, fixed codec
 * (SNAPPY), statistics from the data, created_by without a version, no key-value metadata and no clock.
 */
export async function writeParquet(rows: readonly DatasetRow[], options: { readonly rowGroupSize?: number } = {}): Promise<Uint8Array> {
  const buffer = parquetWriteBuffer({
    columnData: DATASET_ROW_COLUMNS.map((column) => columnSource(rows, column)),
    codec: 'SNAPPY',
    rowGroupSize: options.rowGroupSize ?? PARQUET_ROW_GROUP_SIZE,
    createdBy: PARQUET_CREATED_BY,
    statistics: true,
  });
  return Promise.resolve(new Uint8Array(buffer));
}
