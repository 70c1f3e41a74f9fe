import { ArtifactNotFound, ArtifactPathRefused, ArtifactRangeNotSatisfiable } from '../artifact.errors';
import { sha256Hex } from '../sha256';
import type { ArtifactStore } from '../store/artifact-store';

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** What every ArtifactStore adapter must do; run by each adapter's spec. */
export function artifactStoreContract(name: string, create: () => Promise<{ store: ArtifactStore; dispose: () => Promise<void> }>): void {
  describe(`${name} (ArtifactStore contract)`, () => {
    let store: ArtifactStore;
    let dispose: () => Promise<void>;
    const bytes = Buffer.from('contract bytes 0123456789');
    beforeEach(async () => ({ store, dispose } = await create()));
    afterEach(() => dispose());

    it('puts, stats, opens, ranges and lists files per release', async () => {
      expect(await store.put('rel-a', 'train.parquet', bytes)).toEqual({ path: 'train.parquet', sha256: sha256Hex(bytes), sizeBytes: bytes.length });
      await store.put('rel-a', 'lineage.jsonl', Buffer.from('l'));
      await store.put('rel-b', 'train.parquet', Buffer.from('other'));
      expect(await store.stat('rel-a', 'train.parquet')).toEqual({ path: 'train.parquet', sha256: sha256Hex(bytes), sizeBytes: bytes.length });
      expect(await readAll(await store.open('rel-a', 'train.parquet'))).toEqual(bytes);
      expect(await readAll(await store.open('rel-a', 'train.parquet', { start: 2, end: 5 }))).toEqual(bytes.subarray(2, 6));
      expect((await store.list('rel-a')).map((f) => f.path)).toEqual(['lineage.jsonl', 'train.parquet']);
    });

    it('overwrites a path with new content', async () => {
      await store.put('rel-a', 'manifest.json', bytes);
      await store.put('rel-a', 'manifest.json', Buffer.from('v2'));
      expect(await readAll(await store.open('rel-a', 'manifest.json'))).toEqual(Buffer.from('v2'));
    });

    it('answers missing files, bad ranges and unsafe paths with typed errors', async () => {
      await store.put('rel-a', 'a.bin', bytes);
      expect(await store.stat('rel-a', 'missing')).toBeUndefined();
      await expect(store.open('rel-a', 'missing')).rejects.toBeInstanceOf(ArtifactNotFound);
      await expect(store.open('rel-a', 'a.bin', { start: 0, end: bytes.length })).rejects.toBeInstanceOf(ArtifactRangeNotSatisfiable);
      await expect(store.put('rel-a', '../rel-b/a.bin', bytes)).rejects.toBeInstanceOf(ArtifactPathRefused);
      await expect(store.list('..')).rejects.toBeInstanceOf(ArtifactPathRefused);
      expect(await store.list('rel-unknown')).toEqual([]);
    });
  });
}
