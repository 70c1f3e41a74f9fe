// Generated from schemas/datasets/DatasetReleaseEvent.avsc by tools/avro-codegen; edit the schema and run `npm run contracts:generate`.
import type { EventMetadata } from '../shared/event-metadata.avro';
import type { DatasetReleaseWithdrawn } from './dataset-release-withdrawn.avro';
import type { DatasetReleased } from './dataset-released.avro';

/**
 * Envelope of every event on dataset.releases.v1 (subject dataset.releases.v1-value). Key = releaseId. Shareable, so no `direct` field.
 * Avro: `mesh.datasets.DatasetReleaseEvent`.
 */
export interface DatasetReleaseEvent {
  /** Name of the event in data; equals the record name of the data branch. */
  readonly type: DatasetReleaseEventType;
  /**
   * The event's facts.
   * avsc wraps the value in an object keyed by the branch's Avro full name.
   */
  readonly data:
    | { readonly 'mesh.datasets.DatasetReleased': DatasetReleased }
    | { readonly 'mesh.datasets.DatasetReleaseWithdrawn': DatasetReleaseWithdrawn };
  /** Identity and stream position of the event; aggregateId = releaseId. */
  readonly metadata: EventMetadata;
}

/** Symbols of {@link DatasetReleaseEventType}, in schema order. */
export const datasetReleaseEventTypeSymbols = [
  'DatasetReleased',
  'DatasetReleaseWithdrawn',
] as const;

/**
 * Events of the dataset release aggregate.
 * Avro: `mesh.datasets.DatasetReleaseEventType`.
 */
export type DatasetReleaseEventType = (typeof datasetReleaseEventTypeSymbols)[number];
