import { createHash } from 'node:crypto';

/** The 16-byte OCF sync marker of a release: derived from its seed so that equal inputs give equal bytes. */
export function avroSyncMarkerOf(seed: string): Buffer {
  return createHash('sha256').update(`usm.datasets.avro-sync:${seed}`).digest().subarray(0, 16);
}
