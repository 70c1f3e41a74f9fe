import type { DatasetRow } from '../../domain';
import type { LabelProvenance, ReleaseMetadataInput } from './release-metadata-input';

export interface RowSummary {
  readonly eventTimeWindow: ReleaseMetadataInput['eventTimeWindow'];
  readonly labelledRows: LabelProvenance['labelledRows'];
  readonly unlabelledRows: number;
}

/** The figures of the metadata documents that come from the released rows themselves. */
export function summariseRows(rows: readonly DatasetRow[]): RowSummary {
  let from = Number.POSITIVE_INFINITY;
  let until = Number.NEGATIVE_INFINITY;
  const labelledRows = { human: 0, model: 0, rule: 0 };
  let unlabelledRows = 0;
  for (const row of rows) {
    from = Math.min(from, row.timeBucketStart);
    until = Math.max(until, row.timeBucketStart + row.timeBucketMinutes * 60_000);
    const kind = row.labellerKind;
    if (row.label !== null && (kind === 'human' || kind === 'model' || kind === 'rule')) labelledRows[kind] += 1;
    else unlabelledRows += 1;
  }
  return { eventTimeWindow: rows.length === 0 ? null : { from, until }, labelledRows, unlabelledRows };
}
