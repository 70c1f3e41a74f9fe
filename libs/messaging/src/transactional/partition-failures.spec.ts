import { PartitionFailures } from './partition-failures';

describe('PartitionFailures', () => {
  it('calls a partition stuck only after the threshold of aborted chunks in a row', () => {
    const failures = new PartitionFailures(3);
    failures.failed('raw', 1);
    failures.failed('raw', 1);
    expect(failures.stuck()).toEqual([]);
    failures.failed('raw', 1);
    expect(failures.stuck()).toEqual([{ topic: 'raw', partition: 1, failedChunks: 3 }]);
  });

  it('is green again once a chunk of the partition commits, and counts from zero after', () => {
    const failures = new PartitionFailures(2);
    failures.failed('raw', 0);
    failures.failed('raw', 0);
    failures.committed('raw', 0);
    expect(failures.stuck()).toEqual([]);
    failures.failed('raw', 0);
    expect(failures.stuck()).toEqual([]);
  });

  it('keeps partitions apart and forgets those assigned elsewhere', () => {
    const failures = new PartitionFailures(1);
    failures.failed('raw', 0);
    failures.failed('raw', 2);
    expect(failures.stuck().map((p) => p.partition)).toEqual([0, 2]);
    failures.keepOnly({ raw: [2] });
    expect(failures.stuck().map((p) => p.partition)).toEqual([2]);
  });
});
