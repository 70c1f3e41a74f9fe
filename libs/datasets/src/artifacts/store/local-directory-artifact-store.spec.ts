import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { ArtifactNotFound, ArtifactPathRefused, ArtifactRangeNotSatisfiable } from '../artifact.errors';
import { sha256Hex } from '../sha256';
import { LocalDirectoryArtifactStore } from './local-directory-artifact-store';

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe('LocalDirectoryArtifactStore', () => {
  let root: string;
  let store: LocalDirectoryArtifactStore;
  const bytes = Buffer.from('0123456789abcdefghij');

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'artifact-store-'));
    store = new LocalDirectoryArtifactStore(join(root, 'datasets'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('stores a file under <root>/<releaseId>/<path> and reports its SHA-256 and size', async () => {
    const stored = await store.put('rel-1', 'train.parquet', bytes);
    expect(stored).toEqual({ path: 'train.parquet', sha256: sha256Hex(bytes), sizeBytes: 20 });
    expect(await readFile(join(root, 'datasets', 'rel-1', 'train.parquet'))).toEqual(bytes);
    expect(await store.stat('rel-1', 'train.parquet')).toEqual(stored);
  });

  it('replaces a file atomically and leaves no temp file behind', async () => {
    await store.put('rel-1', 'manifest.json', bytes);
    const next = Buffer.from('next version');
    await store.put('rel-1', 'manifest.json', next);
    expect(await readAll(await store.open('rel-1', 'manifest.json'))).toEqual(next);
    expect(await readdir(join(root, 'datasets', 'rel-1'))).toEqual(['manifest.json']);
    expect((await store.stat('rel-1', 'manifest.json'))?.sha256).toBe(sha256Hex(next));
  });

  it('recomputes the checksum of a file changed behind its back', async () => {
    await store.put('rel-1', 'a.bin', bytes);
    await writeFile(join(root, 'datasets', 'rel-1', 'a.bin'), 'tampered content');
    expect((await store.stat('rel-1', 'a.bin'))?.sha256).toBe(sha256Hex(Buffer.from('tampered content')));
  });

  it('serves any byte range inclusively (property) and refuses ranges outside the file', async () => {
    await store.put('rel-1', 'a.bin', bytes);
    await fc.assert(
      fc.asyncProperty(fc.nat(19), fc.nat(19), async (a, b) => {
        const [start, end] = [Math.min(a, b), Math.max(a, b)];
        expect(await readAll(await store.open('rel-1', 'a.bin', { start, end }))).toEqual(bytes.subarray(start, end + 1));
      }),
      { numRuns: 40 },
    );
    for (const range of [{ start: 0, end: 20 }, { start: 5, end: 4 }, { start: -1, end: 3 }, { start: 0.5, end: 3 }]) {
      await expect(store.open('rel-1', 'a.bin', range)).rejects.toBeInstanceOf(ArtifactRangeNotSatisfiable);
    }
  });

  it('answers not found for a missing file, a directory or a symbolic link', async () => {
    await store.put('rel-1', 'sub/a.bin', bytes);
    await symlink('/etc/hostname', join(root, 'datasets', 'rel-1', 'link'));
    await expect(store.open('rel-1', 'missing.bin')).rejects.toBeInstanceOf(ArtifactNotFound);
    await expect(store.open('rel-1', 'sub')).rejects.toBeInstanceOf(ArtifactNotFound);
    await expect(store.open('rel-1', 'link')).rejects.toBeInstanceOf(ArtifactNotFound);
    expect(await store.stat('rel-2', 'a.bin')).toBeUndefined();
  });

  it.each([
    ['releaseId', '..', 'a.bin'],
    ['releaseId', '../other', 'a.bin'],
    ['releaseId', '', 'a.bin'],
    ['path', 'rel-1', '../rel-2/a.bin'],
    ['path', 'rel-1', '/etc/passwd'],
    ['path', 'rel-1', 'sub/../../x'],
    ['path', 'rel-1', '.hidden'],
    ['path', 'rel-1', 'a\\..\\b'],
    ['path', 'rel-1', 'a\u0000b'],
    ['path', 'rel-1', ''],
  ])('refuses %s %j / %j with a typed error naming the field', async (field, releaseId, path) => {
    const attempt = store.put(releaseId, path, bytes);
    await expect(attempt).rejects.toBeInstanceOf(ArtifactPathRefused);
    await expect(attempt).rejects.toMatchObject({ code: 'DATASETS.ARTIFACT_PATH_REFUSED', details: { field } });
    await expect(store.open(releaseId, path)).rejects.toBeInstanceOf(ArtifactPathRefused);
  });

  it('lists the files of a release sorted by path, without temp files, and nothing for an unknown release', async () => {
    await store.put('rel-1', 'train.parquet', bytes);
    await store.put('rel-1', 'lineage.jsonl', Buffer.from('x'));
    await store.put('rel-1', 'extra/notes.txt', Buffer.from('y'));
    await writeFile(join(root, 'datasets', 'rel-1', '.train.parquet.123.tmp'), 'partial');
    expect((await store.list('rel-1')).map((f) => f.path)).toEqual(['extra/notes.txt', 'lineage.jsonl', 'train.parquet']);
    expect((await store.list('rel-1')).find((f) => f.path === 'lineage.jsonl')).toEqual({ path: 'lineage.jsonl', sha256: sha256Hex(Buffer.from('x')), sizeBytes: 1 });
    expect(await store.list('unknown')).toEqual([]);
  });
});
