import type { Split } from '../rows/dataset-row';

/** The part of a source partition a release read: [startOffset, endOffset), fixed when the build starts. */
export interface PartitionRange {
  readonly city: string;
  readonly topic: string;
  readonly partition: number;
  readonly startOffset: string;
  readonly endOffset: string;
}

/** One file of a release as stored. */
export interface ReleaseFile {
  readonly path: string;
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly recordCount: number;
  readonly split: Split | null;
  readonly format: string;
}
