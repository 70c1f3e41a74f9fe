import { readReleaseManifest } from '../manifest/release-manifest';
import { RELEASE_FILE_NAMES } from '../release-files';
import { sha256Hex } from '../sha256';
import type { ArtifactStore } from '../store/artifact-store';
import { measureClasses } from './measure-classes';
import { readStoredFile } from './read-stored-file';
import type { DecodedDataFile } from './verify-data-files';
import { compareFormats, dataFilesOf, decodeDataFile } from './verify-data-files';
import { verifyLineage } from './verify-lineage';
import type { AnonymityCheck, FileCheck, VerifyExpectation, VerifyReport } from './verify-report';

async function checkFiles(store: ArtifactStore, releaseId: string, expected: VerifyExpectation, contents: Map<string, Buffer>, problems: string[]): Promise<FileCheck[]> {
  const storedPaths = (await store.list(releaseId)).map((f) => f.path);
  const paths = [...new Set([...expected.files.map((f) => f.path), ...storedPaths])].sort();
  const checks: FileCheck[] = [];
  for (const path of paths) {
    const expectedSha256 = expected.files.find((f) => f.path === path)?.sha256 ?? null;
    const bytes = storedPaths.includes(path) ? await readStoredFile(store, releaseId, path) : null;
    if (bytes) contents.set(path, bytes);
    const actualSha256 = bytes && sha256Hex(bytes);
    const ok = expectedSha256 !== null && actualSha256 === expectedSha256;
    if (!bytes) problems.push(`${path}: missing from the store`);
    else if (expectedSha256 === null) problems.push(`${path}: stored but not part of the release`);
    else if (!ok) problems.push(`${path}: SHA-256 ${actualSha256} differs from the published ${expectedSha256}`);
    checks.push({ path, expectedSha256, actualSha256, sizeBytes: bytes?.byteLength ?? null, ok });
  }
  return checks;
}

function checkAnonymity(decoded: readonly DecodedDataFile[], expected: VerifyExpectation, problems: string[]): AnonymityCheck[] {
  return (['parquet', 'avro'] as const).flatMap((format) => {
    const files = decoded.filter((d) => d.format === format);
    if (files.length === 0) return [];
    const measure = measureClasses(files.flatMap((f) => f.records), expected.quasiIdentifiers, expected.sensitiveColumn);
    if (measure.k !== expected.k || measure.l !== expected.l) problems.push(`${format}: files give k = ${measure.k}, l = ${measure.l}; release says k = ${expected.k}, l = ${expected.l}`);
    if (expected.targets && (measure.k < expected.targets.k || measure.l < expected.targets.l)) {
      problems.push(`${format}: k = ${measure.k}, l = ${measure.l} miss the targets k >= ${expected.targets.k}, l >= ${expected.targets.l}`);
    }
    return [{ format, rows: measure.rows, classes: measure.classes, k: measure.k, l: measure.l }];
  });
}

function verifyLineageSafely(bytes: Buffer, decoded: readonly DecodedDataFile[], problems: string[]): number | null {
  try {
    return verifyLineage(bytes, decoded, problems);
  } catch {
    problems.push(`${RELEASE_FILE_NAMES.lineage}: not valid JSON Lines`);
    return null;
  }
}

function checkManifest(bytes: Buffer | undefined, files: readonly FileCheck[], problems: string[]): void {
  if (!bytes) return;
  let listed: readonly { path: string; sha256: string }[];
  try {
    listed = readReleaseManifest(bytes).files;
  } catch {
    problems.push(`${RELEASE_FILE_NAMES.manifest}: not valid JSON`);
    return;
  }
  for (const entry of listed) {
    const actual = files.find((f) => f.path === entry.path)?.actualSha256;
    if (actual !== entry.sha256) problems.push(`manifest.json: ${entry.path} listed with SHA-256 ${entry.sha256}, file has ${actual ?? 'none'}`);
  }
}

/**
 * Recomputes from the stored bytes alone: every file's SHA-256, rows per data file, that Avro and Parquet agree,
 * the lineage, and k and l over all splits of each format (read independently, not from the builder's figures).
 */
export async function verifyRelease(store: ArtifactStore, releaseId: string, expected: VerifyExpectation): Promise<VerifyReport> {
  const problems: string[] = [];
  const contents = new Map<string, Buffer>();
  const files = await checkFiles(store, releaseId, expected, contents, problems);
  const decoded: DecodedDataFile[] = [];
  for (const file of dataFilesOf([...contents.keys()])) {
    try {
      decoded.push(await decodeDataFile(file, contents.get(file.path) as Buffer, expected, problems));
    } catch {
      problems.push(`${file.path}: not a readable ${file.format} file`);
    }
    contents.delete(file.path);
  }
  compareFormats(decoded, problems);
  const anonymity = checkAnonymity(decoded, expected, problems);
  const lineageBytes = contents.get(RELEASE_FILE_NAMES.lineage);
  const lineageRows = lineageBytes ? verifyLineageSafely(lineageBytes, decoded, problems) : null;
  if (!lineageBytes) problems.push(`${RELEASE_FILE_NAMES.lineage}: missing`);
  checkManifest(contents.get(RELEASE_FILE_NAMES.manifest), files, problems);
  return {
    releaseId,
    ok: problems.length === 0,
    files,
    dataFiles: decoded.map(({ records: _records, ...check }) => check),
    anonymity,
    lineageRows,
    problems,
  };
}
