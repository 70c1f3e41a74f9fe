/** End offsets of a topic, by partition. */
export type PartitionOffsets = Readonly<Record<number, number>>;

/**
 * Records not yet on the partner: per partition, source end minus target end, never below zero.
 * MirrorMaker 2 keeps partitions (same count, same partition per record) but not offsets, so this is
 * exact from an empty remote topic onwards; transaction markers on the source count as lag (they are not copied).
 */
export function recordLagOf(source: PartitionOffsets, target: PartitionOffsets): number {
  let lag = 0;
  for (const [partition, end] of Object.entries(source)) {
    lag += Math.max(0, end - (target[Number(partition)] ?? 0));
  }
  return lag;
}
