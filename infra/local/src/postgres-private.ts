import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pollUntil } from './http-probe';
import { ensurePasswordFile } from './postgres-passwords';
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

/** The admin's URL: over the server's own Unix socket in `dir` (mode 0700), the only door without a password. */
export function privateAdminUrl(dir: string, port: number): string {
  return `postgres://postgres@localhost/postgres?host=${encodeURIComponent(dir)}&port=${port}`;
}

/** Written on every start, so a data folder made by an older, trusting version is closed too. */
const hostBasedAuthentication = [
  '# Written by infra/local on every start: the admin over the stack\'s own socket, everyone else with a SCRAM password.',
  'local all postgres trust',
  'local all all scram-sha-256',
  'host all all 127.0.0.1/32 scram-sha-256',
  'host all all ::1/128 scram-sha-256',
  '',
].join('\n');

function ownedByServerUser(path: string): void {
  if (process.getuid?.() !== 0) return;
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  chownSync(path, uid, gid);
}

/** initdb with SCRAM for TCP; the superuser's password (from `adminPasswordFile`) goes through a short-lived copy the server user can read. */
function initialise(bin: string, dir: string, data: string, adminPasswordFile: string): void {
  const copy = join(dir, 'initdb.pw');
  writeFileSync(copy, ensurePasswordFile(adminPasswordFile), { mode: 0o600 });
  ownedByServerUser(copy);
  try {
    runAsServerUser(join(bin, 'initdb'), ['-D', data, '--auth-local=trust', '--auth-host=scram-sha-256', `--pwfile=${copy}`, '-U', 'postgres']);
  } finally {
    rmSync(copy, { force: true });
  }
}

/**
 * Starts a PostgreSQL of the stack's own under `dir` on `port` (loopback only; TCP needs a SCRAM password, the admin
 * comes in over a private socket) and returns the admin URL.
 */
export async function startPrivatePostgres(dir: string, port: number, adminPasswordFile: string): Promise<string> {
  const url = privateAdminUrl(dir, port);
  if (await postgresAnswers(url)) return url;
  const bin = serverBinaries();
  mkdirSync(dir, { recursive: true });
  ownedByServerUser(dir);
  const data = join(dir, 'data');
  if (!existsSync(join(data, 'PG_VERSION'))) initialise(bin, dir, data, adminPasswordFile);
  writeFileSync(join(data, 'pg_hba.conf'), hostBasedAuthentication);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c unix_socket_permissions=0700 -c password_encryption=scram-sha-256 -c fsync=off -c synchronous_commit=off`;
  runAsServerUser(join(bin, 'pg_ctl'), ['-D', data, '-o', options, '-l', join(dir, 'postgres.log'), '-w', 'start']);
  await pollUntil(() => postgresAnswers(url), `PostgreSQL on 127.0.0.1:${port}`, 30_000, join(dir, 'postgres.log'));
  return url;
}

export function stopPrivatePostgres(dir: string): void {
  const data = join(dir, 'data');
  if (!existsSync(join(data, 'postmaster.pid'))) return;
  runAsServerUser(join(serverBinaries(), 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']);
}
