import type { ColumnKind } from '../columns';
import { DATASET_ROW_COLUMNS } from '../columns';

type AvroFieldType = string | { readonly type: 'long'; readonly logicalType: 'timestamp-millis' };

export interface AvroRecordSchema {
  readonly type: 'record';
  readonly name: string;
  readonly namespace: string;
  readonly doc: string;
  readonly fields: readonly { readonly name: string; readonly doc: string; readonly type: AvroFieldType | readonly ['null', AvroFieldType]; readonly default?: null }[];
}

const AVRO_TYPE: Record<ColumnKind, AvroFieldType> = {
  string: 'string',
  int: 'int',
  timestampMillis: { type: 'long', logicalType: 'timestamp-millis' },
  double: 'double',
};

/** The Avro record schema written into every release's container files, with a doc per column. */
export function datasetRowAvroSchema(): AvroRecordSchema {
  return {
    type: 'record',
    name: 'DatasetRow',
    namespace: 'mesh.datasets',
    doc: 'One row of a k-anonymous dataset release. Values are generalised; no pseudonym or raw identifier is present.',
    fields: DATASET_ROW_COLUMNS.map((column) => ({
      name: column.name,
      doc: column.doc,
      ...(column.nullable ? { type: ['null', AVRO_TYPE[column.kind]] as const, default: null } : { type: AVRO_TYPE[column.kind] }),
    })),
  };
}
