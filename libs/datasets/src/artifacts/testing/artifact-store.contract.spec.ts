import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDirectoryArtifactStore } from '../store/local-directory-artifact-store';
import { artifactStoreContract } from './artifact-store.contract';
import { InMemoryArtifactStore } from './in-memory-artifact-store';

artifactStoreContract('InMemoryArtifactStore', () => Promise.resolve({ store: new InMemoryArtifactStore(), dispose: () => Promise.resolve() }));

artifactStoreContract('LocalDirectoryArtifactStore', async () => {
  const root = await mkdtemp(join(tmpdir(), 'store-contract-'));
  return { store: new LocalDirectoryArtifactStore(root), dispose: () => rm(root, { recursive: true, force: true }) };
});
