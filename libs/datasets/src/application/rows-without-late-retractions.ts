import { InfrastructureError } from '@usm/errors';
import type { DatasetDefinition } from '../domain/definition/dataset-definition';
import type { ReleaseFile } from '../domain/release/release-facts';
import type { BuildProgress } from './build-progress';
import type { BuiltRows, RefusedRows, ReleaseArtifacts, RowsBuilder } from './pipeline.ports';
import type { ReleaseIndex, RetractedEventsQuery } from './ports';
import type { ReleaseRecord } from './release-record';
import type { SnapshotContents } from './snapshot-reader.port';
import type { SourceSnapshot } from './source-snapshot';
import { sourceRangesOf } from './source-ranges';

/** Rows built again at most this often for retractions arriving during one build; then the build fails (and is retried by whoever asked). */
const maxRowPasses = 5;

export interface RowsPassInput {
  readonly record: ReleaseRecord;
  readonly definition: DatasetDefinition;
  readonly contents: SnapshotContents;
  /** Grows in place with the events retracted while the build ran. */
  readonly excluded: Set<string>;
}

/**
 * Rows and data files without any event retracted while the build ran (ADR 0016): once the files are written and
 * the index says the release holds their events (so a notice recorded from then on finds it), the retractions are
 * asked again and the rows rebuilt without late ones, until none is left.
 */
export async function rowsWithoutLateRetractions(
  d: { readonly rows: RowsBuilder; readonly artifacts: ReleaseArtifacts; readonly index: ReleaseIndex; readonly retracted: RetractedEventsQuery },
  { record, definition, contents, excluded }: RowsPassInput,
  report: { at(phase: BuildProgress['phase']): void; log(details: Record<string, unknown>): void },
): Promise<{ built: BuiltRows | RefusedRows; dataFiles: ReleaseFile[] }> {
  const snapshot = record.snapshot as SourceSnapshot;
  const withRanges: ReleaseRecord = { ...record, sourceRanges: sourceRangesOf(snapshot, record.sources) };
  for (let pass = 1; ; pass += 1) {
    const built = d.rows.build(definition, contents.events, contents.labels, excluded);
    if (!built.ok) return { built, dataFiles: [] };
    report.at('writing');
    const dataFiles = await d.artifacts.writeData({ record: withRanges, definition, rows: built.rows, lineage: built.lineage, snapshot });
    await d.index.recordEvents(record.releaseId, built.releasedEventIds);
    const late = [...(await d.retracted.retractedAmong(built.releasedEventIds))].filter((id) => !excluded.has(id));
    if (late.length === 0) return { built, dataFiles };
    if (pass >= maxRowPasses) throw new InfrastructureError('DATASETS.RETRACTIONS_KEEP_ARRIVING', `events kept being retracted while release ${record.releaseId} was written (${pass} passes)`, { details: { releaseId: record.releaseId } });
    report.log({ msg: 'events retracted while building; rows built again without them', releaseId: record.releaseId, retracted: late.length, pass });
    report.at('anonymising');
    for (const id of late) excluded.add(id);
  }
}
