/** Phases of a build, in order. */
export type BuildPhase = 'snapshot' | 'reading' | 'anonymising' | 'writing' | 'publishing' | 'done' | 'refused' | 'failed';

export interface PartitionProgress {
  readonly topic: string;
  readonly partition: number;
  /** Offsets consumed so far and offsets to consume in this partition's range. */
  readonly read: number;
  readonly total: number;
}

/** What a build reports while it runs (the CLI prints it; GET /v1/releases/:id returns the latest). */
export interface BuildProgress {
  readonly phase: BuildPhase;
  readonly partitions: readonly PartitionProgress[];
  readonly recordsRead: number;
  readonly elapsedMs: number;
  /** Estimated milliseconds left in the reading phase, from the rate so far; null before the first batch. */
  readonly etaMs: number | null;
}

export type ProgressListener = (progress: BuildProgress) => void;

/** The reading ETA: offsets left divided by the rate so far. */
export function readingEtaMs(partitions: readonly PartitionProgress[], elapsedMs: number): number | null {
  const read = partitions.reduce((sum, p) => sum + p.read, 0);
  const total = partitions.reduce((sum, p) => sum + p.total, 0);
  if (read === 0 || elapsedMs <= 0) return null;
  return Math.round(((total - read) * elapsedMs) / read);
}
