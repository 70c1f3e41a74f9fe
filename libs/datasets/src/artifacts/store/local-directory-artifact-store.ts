import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Stats } from 'node:fs';
import { lstat, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ArtifactNotFound, ArtifactRangeNotSatisfiable } from '../artifact.errors';
import { sha256Hex, sha256OfStream } from '../sha256';
import type { ArtifactStore, ByteRange, StoredFile } from './artifact-store';
import { assertReleaseId, resolveArtifactPath } from './artifact-paths';
import { ChecksumCache } from './checksum-cache';

/** Release files under `<rootDir>/<releaseId>/<path>`; writes go to a hidden temp file, then rename. */
export class LocalDirectoryArtifactStore implements ArtifactStore {
  private readonly checksums = new ChecksumCache();
  private readonly rootDir: string;

  constructor(rootDir: string) {
    this.rootDir = resolve(rootDir);
  }

  async put(releaseId: string, path: string, bytes: Uint8Array): Promise<StoredFile> {
    const target = resolveArtifactPath(this.rootDir, releaseId, path);
    await mkdir(dirname(target), { recursive: true });
    const temp = join(dirname(target), `.${basename(target)}.${randomUUID()}.tmp`);
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    try {
      await rename(temp, target);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
    const stored = { path, sha256: sha256Hex(bytes), sizeBytes: bytes.byteLength };
    this.checksums.remember(target, await lstat(target), stored.sha256);
    return stored;
  }

  async open(releaseId: string, path: string, range?: ByteRange): Promise<NodeJS.ReadableStream> {
    const target = resolveArtifactPath(this.rootDir, releaseId, path);
    const stats = await this.regularFile(target);
    if (!stats) throw new ArtifactNotFound(releaseId, path);
    if (!range) return createReadStream(target);
    const { start, end } = range;
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || start > end || end >= stats.size) {
      throw new ArtifactRangeNotSatisfiable(stats.size);
    }
    return createReadStream(target, { start, end });
  }

  async stat(releaseId: string, path: string): Promise<StoredFile | undefined> {
    const target = resolveArtifactPath(this.rootDir, releaseId, path);
    const stats = await this.regularFile(target);
    return stats && this.describe(target, path, stats);
  }

  async list(releaseId: string): Promise<StoredFile[]> {
    assertReleaseId(releaseId);
    const releaseDir = join(this.rootDir, releaseId);
    const entries = await readdir(releaseDir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    const files: StoredFile[] = [];
    for (const entry of entries) {
      const relativePath = join(entry.parentPath, entry.name).slice(releaseDir.length + 1).split('\\').join('/');
      if (!entry.isFile() || relativePath.split('/').some((segment) => segment.startsWith('.'))) continue;
      const stored = await this.stat(releaseId, relativePath);
      if (stored) files.push(stored);
    }
    return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }

  private async regularFile(target: string): Promise<Stats | undefined> {
    const stats = await lstat(target).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
      throw error;
    });
    return stats?.isFile() ? stats : undefined;
  }

  private async describe(target: string, path: string, stats: Stats): Promise<StoredFile> {
    const known = this.checksums.lookup(target, stats);
    const sha256 = known ?? (await sha256OfStream(createReadStream(target))).sha256;
    if (!known) this.checksums.remember(target, stats, sha256);
    return { path, sha256, sizeBytes: stats.size };
  }
}
