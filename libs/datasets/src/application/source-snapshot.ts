/** One partition of a source topic as a build reads it: exactly the offsets [start, end). */
export interface SnapshotPartition {
  /** The city whose registry wrote the records: the topic's MirrorMaker 2 prefix, or this city. */
  readonly city: string;
  readonly topic: string;
  readonly partition: number;
  /** First offset read (the log start when the snapshot was fixed), decimal string. */
  readonly start: string;
  /** One past the last offset read: the last stable offset when the snapshot was fixed, decimal string. */
  readonly end: string;
}

/** The fixed input of a build: every partition of every source topic with its offset range. */
export interface SourceSnapshot {
  readonly partitions: readonly SnapshotPartition[];
}

/** How many records a snapshot holds at most (transaction markers count in offsets, not in records). */
export function offsetSpanOf(snapshot: SourceSnapshot): number {
  return snapshot.partitions.reduce((sum, p) => sum + Number(BigInt(p.end) - BigInt(p.start)), 0);
}

/** A stable text form of a snapshot, for comparing two builds' inputs. */
export function snapshotKeyOf(snapshot: SourceSnapshot): string {
  return [...snapshot.partitions]
    .map((p) => `${p.topic}/${p.partition}:${p.start}-${p.end}`)
    .sort()
    .join(',');
}
