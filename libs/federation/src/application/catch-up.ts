/**
 * Tracks replay of `agreements.v1` up to the end offsets seen at startup. Offsets are positions, so a
 * partition ending in a transaction marker never reaches end − 1: the listener also ends catch-up after
 * a quiet period with no records.
 */
export class CatchUp {
  private readonly seen = new Map<number, number>();

  constructor(private readonly endOffsets: Readonly<Record<number, number>>) {}

  saw(partition: number, offset: number): void {
    this.seen.set(partition, Math.max(offset, this.seen.get(partition) ?? -1));
  }

  get done(): boolean {
    return Object.entries(this.endOffsets).every(([partition, end]) => end === 0 || (this.seen.get(Number(partition)) ?? -1) >= end - 1);
  }
}
