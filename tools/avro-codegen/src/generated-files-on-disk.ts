import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { GeneratedFile } from './generated-file';

/** Paths (relative to `dir`) that are missing, differ, or should no longer exist. */
export function outdatedGeneratedFiles(files: readonly GeneratedFile[], dir: string): string[] {
  const expected = new Set(files.map((file) => file.path));
  const differing = files.filter((file) => readIfExists(join(dir, file.path)) !== file.content).map((file) => file.path);
  const extra = filesUnder(dir).filter((path) => !expected.has(path));
  return [...differing, ...extra].sort();
}

/** Brings `dir` in line with `files`, touching only what changed; returns the paths written or removed. */
export function writeGeneratedFiles(files: readonly GeneratedFile[], dir: string): string[] {
  const outdated = outdatedGeneratedFiles(files, dir);
  const byPath = new Map(files.map((file) => [file.path, file.content]));
  for (const path of outdated) {
    const content = byPath.get(path);
    const target = join(dir, path);
    if (content === undefined) {
      rmSync(target);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  return outdated;
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}
