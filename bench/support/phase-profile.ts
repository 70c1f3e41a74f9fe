import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { say } from './progress';
import { topFunctions } from './top-functions';

const root = join(__dirname, '..', '..');

/**
 * Runs `phase` under the V8 CPU profiler when `BENCH_PROFILE` names it (comma-separated phase names, or `all`),
 * writes the profile to .mesh/profiles and prints the top functions by self time; otherwise just runs it.
 */
export async function profiled<T>(name: string, phase: () => Promise<T>): Promise<T> {
  const wanted = (process.env['BENCH_PROFILE'] ?? '').split(',').map((entry) => entry.trim());
  if (!wanted.includes(name) && !wanted.includes('all')) return phase();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await phase();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    const dir = join(root, '.mesh', 'profiles');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${name}-${Date.now()}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    say('profile', `${name}: ${file}`);
    for (const line of topFunctions(profile as never, root, 40)) say('profile', `${name} ${line}`);
  }
}
