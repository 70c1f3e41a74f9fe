import { Readable } from 'node:stream';
import { ArtifactNotFound, ArtifactRangeNotSatisfiable } from '../artifact.errors';
import { sha256Hex } from '../sha256';
import type { ArtifactStore, ByteRange, StoredFile } from '../store/artifact-store';
import { assertReleaseId, resolveArtifactPath } from '../store/artifact-paths';

/** ArtifactStore in memory for unit tests of the application layer; same rules as the directory store. */
export class InMemoryArtifactStore implements ArtifactStore {
  private readonly files = new Map<string, Buffer>();

  async put(releaseId: string, path: string, bytes: Uint8Array): Promise<StoredFile> {
    resolveArtifactPath('/', releaseId, path);
    const copy = Buffer.from(bytes);
    this.files.set(`${releaseId}/${path}`, copy);
    return { path, sha256: sha256Hex(copy), sizeBytes: copy.byteLength };
  }

  async open(releaseId: string, path: string, range?: ByteRange): Promise<NodeJS.ReadableStream> {
    resolveArtifactPath('/', releaseId, path);
    const bytes = this.files.get(`${releaseId}/${path}`);
    if (!bytes) throw new ArtifactNotFound(releaseId, path);
    if (!range) return Readable.from([bytes]);
    const { start, end } = range;
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || start > end || end >= bytes.byteLength) {
      throw new ArtifactRangeNotSatisfiable(bytes.byteLength);
    }
    return Readable.from([bytes.subarray(start, end + 1)]);
  }

  async stat(releaseId: string, path: string): Promise<StoredFile | undefined> {
    resolveArtifactPath('/', releaseId, path);
    const bytes = this.files.get(`${releaseId}/${path}`);
    return bytes && { path, sha256: sha256Hex(bytes), sizeBytes: bytes.byteLength };
  }

  async list(releaseId: string): Promise<StoredFile[]> {
    assertReleaseId(releaseId);
    const paths = [...this.files.keys()].filter((key) => key.startsWith(`${releaseId}/`)).map((key) => key.slice(releaseId.length + 1));
    const files = await Promise.all(paths.sort().map((path) => this.stat(releaseId, path)));
    return files.filter((f): f is StoredFile => f !== undefined);
  }
}
