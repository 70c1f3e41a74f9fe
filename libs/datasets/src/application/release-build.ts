import { createHash } from 'node:crypto';
import type { DatasetDefinition } from '../domain/definition/dataset-definition';
import type { SourceEvent, SourceLabel } from '../domain/rows/source-event';
import type { BuildProgress, BuildPhase } from './build-progress';
import type { ReleaseFile } from '../domain/release/release-facts';
import type { ReleaseProvenance } from './release-record';

/** SHA-256 over the files' hashes in path order: identifies a release's content. */
export function releaseChecksumOf(files: readonly ReleaseFile[]): string {
  const hash = createHash('sha256');
  for (const f of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) hash.update(`${f.path}\n${f.sha256}\n`);
  return hash.digest('hex');
}

/** Progress at a phase boundary, keeping what the reading phase reported. */
export function phaseProgress(previous: BuildProgress | null, phase: BuildPhase, elapsedMs: number): BuildProgress {
  return { phase, partitions: previous?.partitions ?? [], recordsRead: previous?.recordsRead ?? 0, elapsedMs, etaMs: null };
}

/** Policy and guideline versions and the event-time window of what a build released. */
export function provenanceOf(definition: DatasetDefinition, events: readonly SourceEvent[], labels: readonly SourceLabel[], released: ReadonlySet<string>, labelledRows: ReleaseProvenance['labelledRows']): ReleaseProvenance {
  const policies = new Set<string>();
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const e of events) {
    if (!released.has(e.eventId)) continue;
    policies.add(e.policyVersion);
    if (e.occurredAtBucketStart < min) min = e.occurredAtBucketStart;
    const end = e.occurredAtBucketStart + e.bucketWidthMinutes * 60_000;
    if (end > max) max = end;
  }
  const guidelines = new Set(labels.filter((l) => released.has(l.eventId)).map((l) => l.guidelineVersion));
  return {
    policyVersions: [...policies].sort(),
    labelGuidelineVersions: [...guidelines].sort(),
    windowStart: definition.filters.from ?? (Number.isFinite(min) ? min : 0),
    windowEnd: definition.filters.until ?? (Number.isFinite(max) ? max : 0),
    labelledRows,
  };
}

/** The excluded set of a build: what the caller names plus what the retraction store knows among the events read. */
export async function excludedOf(events: readonly SourceEvent[], named: ReadonlySet<string> | undefined, retractedAmong: (ids: readonly string[]) => Promise<Set<string>>): Promise<Set<string>> {
  const retracted = await retractedAmong(events.map((e) => e.eventId));
  for (const id of named ?? []) retracted.add(id);
  return retracted;
}

/** Own-city events with a reporter: the subject index entries of a build (never leaves the city). */
export function subjectEntriesOf(events: readonly SourceEvent[], ownCity: string) {
  return events.filter((e) => e.position.city === ownCity && e.reporterPseudonym !== null).map((e) => ({ reporterPseudonym: e.reporterPseudonym as string, eventId: e.eventId }));
}
