import type { CompanyAgreement } from './company-agreements';
import type { ReleaseRecord } from './release-record';

/** A reporter pseudonym and one of its own-city event ids (the subject index; local, never shared). */
export interface SubjectEvent {
  readonly reporterPseudonym: string;
  readonly eventId: string;
}

/** Which releases hold which events, and which own-city events belong to which reporter pseudonym. */
export interface ReleaseIndex {
  recordEvents(releaseId: string, eventIds: readonly string[]): Promise<void>;
  /** Ids of every release (any status) holding one of `eventIds`, sorted. */
  releasesHoldingEvents(eventIds: readonly string[]): Promise<string[]>;
  recordSubjects(entries: readonly SubjectEvent[]): Promise<void>;
  /** Own-city event ids of these reporter pseudonyms, sorted. */
  eventsOfSubjects(reporterPseudonyms: readonly string[]): Promise<string[]>;
}

/** A batch of one partition of the city's own anonymised stream for the subject index, up to an offset. */
export interface SubjectIndexBatch {
  readonly topic: string;
  readonly partition: number;
  /** Last offset the batch covers (its entries may be fewer: events without a reporter index nothing). */
  readonly throughOffset: bigint;
  readonly entries: readonly SubjectEvent[];
}

/** Where the subject index feed writes: the entries and the partition's position commit together. */
export interface SubjectIndexStore {
  /** Last indexed offset of every partition of `topic` seen so far. */
  positions(topic: string): Promise<Map<number, bigint>>;
  /** Records the entries and moves the position; a batch at or below the stored position is `stale` (a redelivery). */
  index(batch: SubjectIndexBatch): Promise<'applied' | 'stale'>;
}

/** Port ds-withdrawal implements: which of these event ids were retracted (so builds exclude them). */
export interface RetractedEventsQuery {
  retractedAmong(eventIds: readonly string[]): Promise<Set<string>>;
}

/** Releases as read: one record per release, kept beside its event stream. */
export interface ReleaseRecords {
  save(record: ReleaseRecord): Promise<void>;
  get(releaseId: string): Promise<ReleaseRecord | undefined>;
  /** Every release, oldest first; of one definition when given. */
  list(definitionId?: string): Promise<ReleaseRecord[]>;
}

/** Publishes release facts to `dataset.releases.v1` (key = release id). */
export interface ReleaseEventPublisher {
  published(record: ReleaseRecord): Promise<void>;
  withdrawn(record: ReleaseRecord): Promise<void>;
}

/** The agreements in force as this service sees them (a projection of `agreements.v1`). */
export interface CompanyAgreements {
  all(): Iterable<CompanyAgreement>;
  readonly caughtUp: boolean;
}

export interface Clock {
  now(): Date;
}

export interface IdGenerator {
  newId(): string;
}

/** A stored file of a release (what the artifact store answers). */
export interface StoredReleaseFile {
  readonly sha256: string;
  readonly sizeBytes: number;
}

/** Reads release files for downloads; `range` is inclusive at both ends. */
export interface ReleaseFileReader {
  stat(releaseId: string, path: string): Promise<StoredReleaseFile | undefined>;
  open(releaseId: string, path: string, range?: { start: number; end: number }): Promise<NodeJS.ReadableStream>;
}
