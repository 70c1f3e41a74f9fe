/** A stored file: its path inside the release, SHA-256 (hex) and size. */
export interface StoredFile {
  readonly path: string;
  readonly sha256: string;
  readonly sizeBytes: number;
}

/** Inclusive byte offsets, as in an HTTP Range header. */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/** Where release files live. The local directory store is the default; an object store can replace it. */
export interface ArtifactStore {
  /** Stores the bytes atomically (readers see the old file or the new one, never a part). */
  put(releaseId: string, path: string, bytes: Uint8Array): Promise<StoredFile>;
  /** Streams the file, or only the given range; ArtifactNotFound / ArtifactRangeNotSatisfiable otherwise. */
  open(releaseId: string, path: string, range?: ByteRange): Promise<NodeJS.ReadableStream>;
  stat(releaseId: string, path: string): Promise<StoredFile | undefined>;
  /** Every file of the release, sorted by path; empty when the release has none. */
  list(releaseId: string): Promise<StoredFile[]>;
}
