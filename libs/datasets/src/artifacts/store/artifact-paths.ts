import { relative, resolve, sep } from 'node:path';
import { ArtifactPathRefused } from '../artifact.errors';

// Plain names only: no leading dot (so no '..' and no hidden files), no separators, no control characters.
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;

export function assertReleaseId(releaseId: string): void {
  if (!SEGMENT.test(releaseId)) {
    throw new ArtifactPathRefused('releaseId', 'plainName', 'release id must be 1-128 letters, digits, ".", "_" or "-", not starting with "." or "-"');
  }
}

/** The absolute location of a release file, refusing anything that could leave the release directory. */
export function resolveArtifactPath(rootDir: string, releaseId: string, path: string): string {
  assertReleaseId(releaseId);
  const segments = path.split('/');
  if (segments.length > 8 || !segments.every((segment) => SEGMENT.test(segment))) {
    throw new ArtifactPathRefused('path', 'relativePlainPath', 'path must be relative, "/"-separated plain names (letters, digits, ".", "_", "-"), not starting with "."');
  }
  const releaseDir = resolve(rootDir, releaseId);
  const target = resolve(releaseDir, ...segments);
  const inside = relative(releaseDir, target);
  if (inside === '' || inside.startsWith('..') || inside.split(sep).includes('..')) {
    throw new ArtifactPathRefused('path', 'insideRelease', 'path must stay inside the release directory');
  }
  return target;
}
