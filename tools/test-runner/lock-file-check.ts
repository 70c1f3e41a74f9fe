import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Workspace folders missing from package-lock.json: `npm ci` refuses such a lock file, so a new app or library
 * must be followed by `npm install`. Checked first so the mistake shows here, not only on a clean checkout.
 */
export function workspacesMissingFromLock(root: string): string[] {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, unknown> };
  return ['apps', 'libs']
    .flatMap((dir) => readdirSync(join(root, dir)).map((name) => `${dir}/${name}`))
    .filter((folder) => existsSync(join(root, folder, 'package.json')) && !(folder in lock.packages));
}
