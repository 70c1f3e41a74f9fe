import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pollUntil } from './http-probe';
import { postgresAnswers } from './postgres-server';

/** Directory of PostgreSQL's server binaries (initdb, pg_ctl): PATH first, then Debian's versioned folders. */
function serverBinaries(): string {
  try {
    const initdb = execFileSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).trim();
    if (initdb) return join(initdb, '..');
  } catch {
    // not on PATH: Debian keeps server binaries under /usr/lib/postgresql/<major>/bin
  }
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root) ? readdirSync(root).filter((d) => existsSync(join(root, d, 'bin', 'initdb'))) : [];
  const newest = majors.sort((a, b) => Number(b) - Number(a))[0];
  if (!newest) throw new Error('No PostgreSQL server is reachable and none is installed: install PostgreSQL or set MESH_PG_URL.');
  return join(root, newest, 'bin');
}

/** initdb and pg_ctl refuse to run as root; run them as the `postgres` user then. */
function runAsServerUser(command: string, args: readonly string[]): void {
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' });
  else execFileSync(command, [...args], { stdio: 'pipe' });
}

/** Starts a PostgreSQL of the stack's own under `dir` on `port` (trust auth, loopback only) and returns its admin URL. */
export async function startPrivatePostgres(dir: string, port: number): Promise<string> {
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  if (await postgresAnswers(url)) return url;
  const bin = serverBinaries();
  mkdirSync(dir, { recursive: true });
  if (process.getuid?.() === 0) {
    const ids = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
    const gid = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
    chownSync(dir, Number(ids), Number(gid));
  }
  const data = join(dir, 'data');
  if (!existsSync(join(data, 'PG_VERSION'))) runAsServerUser(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`;
  runAsServerUser(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'postgres.log'), '-w', 'start']);
  await pollUntil(() => postgresAnswers(url), `PostgreSQL on 127.0.0.1:${port}`, 30_000, join(dir, 'postgres.log'));
  return url;
}

export function stopPrivatePostgres(dir: string): void {
  const data = join(dir, 'data');
  if (!existsSync(join(data, 'postmaster.pid'))) return;
  runAsServerUser(join(serverBinaries(), 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
}
