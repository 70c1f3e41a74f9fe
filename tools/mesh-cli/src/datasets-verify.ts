import { join } from 'node:path';
import type { QuasiIdentifier, SensitiveColumn } from '@usm/datasets';
import { LocalDirectoryArtifactStore, verifyRelease } from '@usm/datasets';
import type { DatasetsClient } from './datasets-client';

interface VerifiedRelease {
  readonly releaseId: string;
  readonly files: readonly { path: string; sha256: string; recordCount: number | null }[];
  readonly targets: { k: number; l: number; quasiIdentifiers: QuasiIdentifier[]; sensitiveColumn: SensitiveColumn };
  readonly anonymity: { k: number; l: number } | null;
}

/**
 * Downloads every file of a release into `<dir>/<releaseId>/` (resuming what is there) and recomputes, from the
 * files alone, each SHA-256 and the k and l of the data files against the release's targets.
 */
export async function verifyDownloadedRelease(client: DatasetsClient, releaseId: string, dir: string, print: (line: string) => void): Promise<boolean> {
  const release = await client.call<VerifiedRelease>('GET', `/v1/releases/${encodeURIComponent(releaseId)}`);
  for (const file of release.files) {
    await client.download(releaseId, file.path, join(dir, releaseId));
    print(`downloaded ${file.path}`);
  }
  if (!release.anonymity) throw new Error(`release ${releaseId} has no files to verify (not built)`);
  const report = await verifyRelease(new LocalDirectoryArtifactStore(dir), releaseId, {
    files: release.files.map((f) => ({ path: f.path, sha256: f.sha256, recordCount: f.recordCount })),
    k: release.anonymity.k,
    l: release.anonymity.l,
    targets: { k: release.targets.k, l: release.targets.l },
    quasiIdentifiers: release.targets.quasiIdentifiers,
    sensitiveColumn: release.targets.sensitiveColumn,
  });
  print(JSON.stringify(report, null, 2));
  return (report as { ok: boolean }).ok;
}
