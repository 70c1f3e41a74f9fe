import type { ReleaseFile, Split } from '../../../domain';
import type { ColumnKind, RowColumn } from '../../columns';
import { DATASET_ROW_COLUMNS } from '../../columns';

const DATA_TYPE: Record<ColumnKind, string> = { string: 'sc:Text', int: 'sc:Integer', timestampMillis: 'sc:DateTime', double: 'sc:Float' };
const SPLIT_URL: Record<Split, string> = { train: 'cr:TrainingSplit', validation: 'cr:ValidationSplit', test: 'cr:TestSplit' };

/** The cr:Split record set naming the release's splits, as the Croissant 1.1 "Splits" section describes. */
export function splitsRecordSet(splits: readonly Split[]): Record<string, unknown> {
  return {
    '@type': 'cr:RecordSet',
    '@id': 'splits',
    name: 'splits',
    description: 'The splits of this release. A row keeps its split across versions (keyed hash of its event id).',
    dataType: 'cr:Split',
    key: { '@id': 'splits/name' },
    field: [
      { '@type': 'cr:Field', '@id': 'splits/name', name: 'name', description: 'Split name.', dataType: 'sc:Text' },
      { '@type': 'cr:Field', '@id': 'splits/url', name: 'url', description: 'Croissant split class.', dataType: 'cr:Split' },
    ],
    data: splits.map((split) => ({ 'splits/name': split, 'splits/url': SPLIT_URL[split] })),
  };
}

function field(split: Split, file: ReleaseFile, column: RowColumn): Record<string, unknown> {
  const dataType = DATA_TYPE[column.kind];
  return {
    '@type': 'cr:Field',
    '@id': `${split}/${column.name}`,
    name: column.name,
    description: column.doc,
    dataType: column.name === 'label' ? [dataType, 'cr:Label'] : dataType,
    source: { fileObject: { '@id': file.path }, extract: { column: column.name } },
    ...(column.name === 'split' ? { references: { '@id': 'splits/name' } } : {}),
  };
}

/** One record set per split, every field read from a column of that split's file (Parquet when present). */
export function splitRecordSet(split: Split, file: ReleaseFile): Record<string, unknown> {
  return {
    '@type': 'cr:RecordSet',
    '@id': split,
    name: split,
    description: `Rows of the ${split} split (${file.recordCount} rows), one per released event.`,
    key: { '@id': `${split}/rowId` },
    field: DATASET_ROW_COLUMNS.map((column) => field(split, file, column)),
  };
}
