import type { SourceEvent, SourceLabel } from '../domain/rows/source-event';
import type { ProgressListener } from './build-progress';
import type { SourceSnapshot } from './source-snapshot';

/** A topic a build reads, as named on this city's cluster, and whether it holds events or labels. */
export interface SourceTopic {
  readonly topic: string;
  /** The name the definition gives it (`incheon.safety.events.anonymised.v1`); positions and lineage carry this name. */
  readonly source: string;
  readonly kind: 'events' | 'labels';
}

/** Everything a snapshot holds, decoded. */
export interface SnapshotContents {
  readonly events: readonly SourceEvent[];
  readonly labels: readonly SourceLabel[];
}

/** Port: fixes a snapshot of the source topics, then reads exactly it. */
export interface SnapshotReader {
  fix(topics: readonly SourceTopic[]): Promise<SourceSnapshot>;
  read(snapshot: SourceSnapshot, topics: readonly SourceTopic[], onProgress: ProgressListener): Promise<SnapshotContents>;
}
