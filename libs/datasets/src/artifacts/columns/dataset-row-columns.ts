import type { DatasetRow } from '../../domain';

/** Value kind of a published column; each file format maps it to its own physical type. */
export type ColumnKind = 'string' | 'int' | 'timestampMillis' | 'double';

export interface RowColumn {
  readonly name: keyof DatasetRow & string;
  readonly kind: ColumnKind;
  readonly nullable: boolean;
  readonly doc: string;
}

// A Record over every key of DatasetRow: adding a row field without a column description fails to compile.
const COLUMNS: { readonly [K in keyof DatasetRow]: Omit<RowColumn, 'name'> } = {
  rowId: { kind: 'string', nullable: false, doc: 'Row identifier within this release, `<split>-<index>` in the release total order.' },
  eventId: { kind: 'string', nullable: false, doc: 'Random UUID of the anonymised source event; identifies no person and is the key of retraction notices.' },
  city: { kind: 'string', nullable: false, doc: 'City node that published the source event.' },
  sourceKind: { kind: 'string', nullable: false, doc: 'Kind of source that reported the event (e.g. citizen report, sensor).' },
  category: { kind: 'string', nullable: false, doc: 'Hazard category of the event.' },
  subCategory: { kind: 'string', nullable: false, doc: 'Hazard sub-category of the event.' },
  severity: { kind: 'string', nullable: false, doc: 'Severity of the event as reported.' },
  h3Cell: { kind: 'string', nullable: false, doc: 'H3 cell index (hex) of the location after generalisation (quasi-identifier).' },
  h3Resolution: { kind: 'int', nullable: false, doc: 'H3 resolution of h3Cell after generalisation.' },
  timeBucketStart: { kind: 'timestampMillis', nullable: false, doc: 'Start of the generalised time bucket, UTC (quasi-identifier).' },
  timeBucketMinutes: { kind: 'int', nullable: false, doc: 'Width of the time bucket in minutes after generalisation.' },
  ageBand: { kind: 'string', nullable: true, doc: 'Generalised age band of the reporter (quasi-identifier); null when unknown or generalised away.' },
  district: { kind: 'string', nullable: true, doc: 'District of the event (quasi-identifier); null when unknown or removed by generalisation.' },
  label: { kind: 'string', nullable: true, doc: 'Label joined by event id (human over model over rule, latest per kind); null when unlabelled.' },
  labelConfidence: { kind: 'double', nullable: true, doc: 'Confidence of the label in [0, 1]; null when unlabelled.' },
  labellerKind: { kind: 'string', nullable: true, doc: 'Who produced the label: human, model or rule; null when unlabelled.' },
  split: { kind: 'string', nullable: false, doc: 'Split of the row: train, validation or test (keyed hash of the event id).' },
};

/** Every published column of a dataset row, in file order. */
export const DATASET_ROW_COLUMNS: readonly RowColumn[] = (Object.keys(COLUMNS) as (keyof DatasetRow)[]).map((name) => ({
  name,
  ...COLUMNS[name],
}));
