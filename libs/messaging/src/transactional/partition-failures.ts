/** A partition whose last chunks all aborted. */
export interface StuckPartition {
  readonly topic: string;
  readonly partition: number;
  readonly failedChunks: number;
}

/**
 * Consecutive aborted chunks per partition. A partition is stuck once `threshold` chunks in a row
 * aborted, and healthy again as soon as one of its chunks commits or it is assigned elsewhere.
 */
export class PartitionFailures {
  private readonly consecutive = new Map<string, StuckPartition>();

  constructor(private readonly threshold: number) {}

  failed(topic: string, partition: number): void {
    const key = `${topic}/${partition}`;
    const failedChunks = (this.consecutive.get(key)?.failedChunks ?? 0) + 1;
    this.consecutive.set(key, { topic, partition, failedChunks });
  }

  committed(topic: string, partition: number): void {
    this.consecutive.delete(`${topic}/${partition}`);
  }

  /** Forgets partitions this member no longer owns after a rebalance. */
  keepOnly(assigned: Readonly<Record<string, readonly number[]>>): void {
    for (const [key, { topic, partition }] of this.consecutive) {
      if (!(assigned[topic] ?? []).includes(partition)) this.consecutive.delete(key);
    }
  }

  stuck(): StuckPartition[] {
    return [...this.consecutive.values()].filter((p) => p.failedChunks >= this.threshold);
  }
}
