/** What the CLI reads of a release (the service's JSON). */
export interface ReleaseView {
  readonly releaseId: string;
  readonly definitionId: string;
  readonly version: string;
  readonly status: string;
  readonly problem: string | null;
  readonly supersedes: string | null;
  readonly supersededBy: string | null;
  readonly anonymity: { k: number; l: number; input: number; released: number; suppressed: number; suppressionRate: number; informationLoss: number; generalisation: object } | null;
  readonly files: readonly { path: string; sha256: string; sizeBytes: number; recordCount: number | null }[];
  readonly progress: { phase: string; partitions: readonly { topic: string; partition: number; read: number; total: number }[]; recordsRead: number; elapsedMs: number; etaMs: number | null } | null;
}

export const settledStatuses = new Set(['published', 'refused', 'failed', 'withdrawn', 'superseded']);

/** One progress line: phase, records per partition, ETA. */
export function progressLine(p: NonNullable<ReleaseView['progress']>): string {
  const partitions = p.partitions.map((x) => `${x.topic}/${x.partition} ${x.read}/${x.total}`).join('  ');
  const eta = p.etaMs === null ? '' : `  eta ${(p.etaMs / 1000).toFixed(1)} s`;
  return `[${p.phase}] ${p.recordsRead} records  ${(p.elapsedMs / 1000).toFixed(1)} s${eta}  ${partitions}`;
}

export function printRelease(r: ReleaseView, print: (line: string) => void): void {
  print(`${r.releaseId}  ${r.definitionId}@${r.version}  ${r.status}${r.problem ? `  (${r.problem})` : ''}`);
  if (r.supersedes) print(`  supersedes ${r.supersedes}`);
  if (r.supersededBy) print(`  superseded by ${r.supersededBy}`);
  const a = r.anonymity;
  if (a) print(`  k=${a.k} l=${a.l} input=${a.input} released=${a.released} suppressed=${a.suppressed} (${(a.suppressionRate * 100).toFixed(2)} %) information loss=${a.informationLoss.toFixed(4)} generalisation=${JSON.stringify(a.generalisation)}`);
  for (const f of r.files) print(`  ${f.path}  ${f.sizeBytes} B${f.recordCount ? `  ${f.recordCount} rows` : ''}  sha256=${f.sha256}`);
}
