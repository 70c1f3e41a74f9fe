import type { ReplicationFlow } from './replication-flow';

/** A short, stable name for a plan (FNV-1a, 32 bits, hex): equal plans give equal digests. */
export function planDigest(flows: readonly ReplicationFlow[]): string {
  const text = JSON.stringify([...flows].map((f) => [f.source, f.target, [...f.topics].sort()]).sort());
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
