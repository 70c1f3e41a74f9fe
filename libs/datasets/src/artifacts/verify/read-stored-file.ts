import type { ArtifactStore } from '../store/artifact-store';

/** The whole content of a stored file (verification reads files, never the store's recorded checksums). */
export async function readStoredFile(store: ArtifactStore, releaseId: string, path: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await store.open(releaseId, path)) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
