import type { SourcePosition } from './source-event';

export type Split = 'train' | 'validation' | 'test';

/** One published row; every quasi-identifier value is already generalised. */
export interface DatasetRow {
  readonly rowId: string;
  readonly eventId: string;
  readonly city: string;
  readonly sourceKind: string;
  readonly category: string;
  readonly subCategory: string;
  readonly severity: string;
  readonly h3Cell: string;
  readonly h3Resolution: number;
  readonly timeBucketStart: number;
  readonly timeBucketMinutes: number;
  readonly ageBand: string | null;
  readonly district: string | null;
  readonly label: string | null;
  readonly labelConfidence: number | null;
  readonly labellerKind: string | null;
  readonly split: Split;
}

export interface RowLineage {
  readonly rowId: string;
  readonly event: SourcePosition & { readonly eventId: string };
  readonly label: (SourcePosition & { readonly labelId: string }) | null;
}
