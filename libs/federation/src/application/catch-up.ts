/**
 * Tracks replay of `agreements.v1` up to the end offsets seen at startup, by consumer position: the offset
 * the consumer will fetch next on each partition. A position counts transaction markers (a committed or
 * aborted transaction ends with one, which no record handler ever sees), so a partition is caught up when its
 * position reached the end offset, whatever the group's join delay or the pace of the records.
 */
export class CatchUp {
  private readonly positions = new Map<number, number>();

  constructor(private readonly endOffsets: Readonly<Record<number, number>>) {}

  /** The consumer will fetch `nextOffset` next on `partition` (everything before it was handled or skipped). */
  reached(partition: number, nextOffset: number): void {
    this.positions.set(partition, Math.max(nextOffset, this.positions.get(partition) ?? 0));
  }

  /** A record at `offset` was handled: the position is past it. */
  saw(partition: number, offset: number): void {
    this.reached(partition, offset + 1);
  }

  get done(): boolean {
    return Object.entries(this.endOffsets).every(([partition, end]) => (this.positions.get(Number(partition)) ?? 0) >= end);
  }
}
