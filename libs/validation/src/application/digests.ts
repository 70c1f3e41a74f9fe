import { createHash } from 'node:crypto';

/** Lowercase hex SHA-256 of bytes or UTF-8 text. */
export const sha256Hex = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** A release file as a result names it. */
export interface FileDigest {
  readonly path: string;
  readonly sha256: string;
}

/** One digest for the release files a run read: SHA-256 over their sorted `path:sha256` lines. */
export function releaseDigestOf(files: readonly FileDigest[]): string {
  return sha256Hex([...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((f) => `${f.path}:${f.sha256}\n`).join(''));
}
