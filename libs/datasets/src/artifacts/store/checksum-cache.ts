import type { Stats } from 'node:fs';

const LIMIT = 4096;

/** SHA-256 of files already hashed, valid while size, mtime and inode are unchanged (a rename gives a new inode). */
export class ChecksumCache {
  private readonly entries = new Map<string, { key: string; sha256: string }>();

  lookup(target: string, stats: Stats): string | undefined {
    const entry = this.entries.get(target);
    return entry?.key === versionOf(stats) ? entry.sha256 : undefined;
  }

  remember(target: string, stats: Stats, sha256: string): void {
    this.entries.delete(target);
    this.entries.set(target, { key: versionOf(stats), sha256 });
    if (this.entries.size > LIMIT) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}

function versionOf(stats: Stats): string {
  return `${stats.ino}:${stats.size}:${stats.mtimeMs}`;
}
