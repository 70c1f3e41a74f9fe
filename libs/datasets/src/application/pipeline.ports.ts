import type { BuildRefusalReason, BuildReport } from '../domain/build/build-report';
import type { DatasetDefinition } from '../domain/definition/dataset-definition';
import type { DatasetRow, RowLineage } from '../domain/rows/dataset-row';
import type { SourceEvent, SourceLabel } from '../domain/rows/source-event';
import type { ReleaseFile } from '../domain/release/release-facts';
import type { AnonymityFigures, ReleaseRecord } from './release-record';
import type { SourceSnapshot } from './source-snapshot';

/** Rows of a release that reached its targets, with lineage and the anonymity reached. */
export interface BuiltRows {
  readonly ok: true;
  readonly rows: readonly DatasetRow[];
  readonly lineage: readonly RowLineage[];
  readonly anonymity: AnonymityFigures;
  /** The domain's full report (counts, splits, labels, versions), recorded in the release's stream. */
  readonly report: BuildReport;
  /** Ids of the source events whose rows are in the release (after filters, exclusion and suppression). */
  readonly releasedEventIds: readonly string[];
  /** Released rows with a label, per labeller kind of the chosen label. */
  readonly labelledRows: { readonly human: number; readonly model: number; readonly rule: number };
}

/** Targets unreachable: the best the lattice search found, and why it is not enough. */
export interface RefusedRows {
  readonly ok: false;
  readonly best: AnonymityFigures;
  readonly report: BuildReport;
  readonly reasonCode: BuildRefusalReason;
  readonly reason: string;
}

/** The domain's pure build step (filters, exclusion, label join, anonymity, splits, order) behind a port. */
export interface RowsBuilder {
  build(definition: DatasetDefinition, events: readonly SourceEvent[], labels: readonly SourceLabel[], excluded: ReadonlySet<string>): BuiltRows | RefusedRows;
}

/** What the artifact writers need to lay out a release. */
export interface ArtifactsInput {
  readonly record: ReleaseRecord;
  readonly definition: DatasetDefinition;
  readonly rows: readonly DatasetRow[];
  readonly lineage: readonly RowLineage[];
  readonly snapshot: SourceSnapshot;
}

/** Writes a release's files into the artifact store and returns them with their hashes. */
export interface ReleaseArtifacts {
  /** Data files, lineage and manifest: everything that depends only on the definition and the snapshot. */
  writeData(input: ArtifactsInput): Promise<ReleaseFile[]>;
  /** Croissant and DCAT-AP of a published release (they carry its id, version and publication time). */
  writeMetadata(record: ReleaseRecord): Promise<ReleaseFile[]>;
}
