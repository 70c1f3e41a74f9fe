import { readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { parquetReadObjects } from 'hyparquet';
import type { FileDigest } from '../../application/digests';
import { sha256Hex } from '../../application/digests';
import type { KnownRelease, TestSplitReader } from '../../application/ports';
import type { TestRow } from '../../application/test-split';
import { TEST_SPLIT_FILE } from '../../application/validation-runs.service';
import { releaseNotUsable } from '../../application/validation.errors';

// hyparquet gives INT64 as bigint and timestamps as Date; test rows use epoch-ms numbers.
const plain = (value: unknown): unknown => (typeof value === 'bigint' ? Number(value) : value instanceof Date ? value.getTime() : value);

/** Parses a test split's Parquet bytes into plain rows. */
export async function parquetRows(bytes: Uint8Array): Promise<TestRow[]> {
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const raw = await parquetReadObjects({ file, utf8: true });
  return raw.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, plain(v)])));
}

/**
 * The test split from the datasets artifact store (`<dir>/<releaseId>/test.parquet`, a read-only volume in
 * production), trusted only when its SHA-256 is the one `dataset.releases.v1` announced.
 */
export class ArtifactDirectoryTestSplits implements TestSplitReader {
  constructor(private readonly rootDir: string) {}

  async read(release: KnownRelease): Promise<{ rows: TestRow[]; files: FileDigest[] }> {
    const announced = release.files.find((f) => f.path === TEST_SPLIT_FILE);
    if (!announced) throw releaseNotUsable(release.releaseId, `it has no ${TEST_SPLIT_FILE}`);
    const root = resolve(this.rootDir);
    const path = resolve(join(root, release.releaseId, TEST_SPLIT_FILE));
    if (!path.startsWith(root + sep)) throw releaseNotUsable(release.releaseId, 'its id is not a plain name');
    const bytes = await readFile(path).catch(() => {
      throw releaseNotUsable(release.releaseId, `${TEST_SPLIT_FILE} is not in the artifact store`);
    });
    const sha256 = sha256Hex(bytes);
    if (sha256 !== announced.sha256) throw releaseNotUsable(release.releaseId, `${TEST_SPLIT_FILE} does not have the SHA-256 its release announced`);
    return { rows: await parquetRows(bytes), files: [{ path: TEST_SPLIT_FILE, sha256 }] };
  }
}
