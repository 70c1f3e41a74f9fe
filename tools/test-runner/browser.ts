import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** The browser the console's Playwright specs drive: Debian's Chromium, never a downloaded one. */
export const chromiumPath = '/usr/bin/chromium';

const aptGet = (args: readonly string[]): boolean =>
  spawnSync('apt-get', [...args], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;

/**
 * Installs Debian's `chromium` package where it is missing (the test command runs as root); refreshes the
 * package lists once if the first attempt fails. True when the browser is there afterwards.
 */
export function ensureChromium(log: (message: string) => void): boolean {
  if (existsSync(chromiumPath)) return true;
  log(`${chromiumPath} is missing: installing Debian's chromium package`);
  if (!aptGet(['install', '-y', '--no-install-recommends', 'chromium'])) {
    aptGet(['update']);
    aptGet(['install', '-y', '--no-install-recommends', 'chromium']);
  }
  return existsSync(chromiumPath);
}
