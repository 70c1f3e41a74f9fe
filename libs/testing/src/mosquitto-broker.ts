import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';
import { waitFor } from './wait-for';

/** An account on the broker: a device (its username is its systemId) or the ingest service. */
export interface MqttAccount {
  readonly username: string;
  readonly password: string;
}

export interface MosquittoBroker {
  readonly url: string;
  readonly port: number;
  stop(): Promise<void>;
}

/**
 * A Mosquitto of its own for one spec, from Debian's binary: no anonymous access, a password file, and ACLs
 * that let device X publish only `mesh/<city>/events/X` and read only `mesh/<city>/errors/X`, while the
 * ingest account reads every device's events and answers on every error topic of the city.
 */
export async function startMosquitto(city: string, ingest: MqttAccount, devices: readonly MqttAccount[]): Promise<MosquittoBroker> {
  const dir = mkdtempSync(join(tmpdir(), 'usm-mosquitto-'));
  const passwords = join(dir, 'passwd');
  writeFileSync(passwords, '');
  for (const account of [ingest, ...devices]) execFileSync('/usr/bin/mosquitto_passwd', ['-b', passwords, account.username, account.password]);
  const acl = join(dir, 'acl');
  writeFileSync(acl, [
    `user ${ingest.username}`,
    `topic read mesh/${city}/events/+`,
    `topic write mesh/${city}/errors/+`,
    '',
    `pattern write mesh/${city}/events/%u`,
    `pattern read mesh/${city}/errors/%u`,
    '',
  ].join('\n'));
  const port = await portNearBase();
  const config = join(dir, 'mosquitto.conf');
  writeFileSync(config, [`listener ${port} 127.0.0.1`, 'allow_anonymous false', `password_file ${passwords}`, `acl_file ${acl}`, 'persistence false', 'log_dest stderr',
    // Run as whoever started it: as root Mosquitto would switch to its own user, which cannot read this private directory.
    `user ${userInfo().username}`, ''].join('\n'));
  const child = spawn('/usr/sbin/mosquitto', ['-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await waitFor(() => (child.exitCode === null ? accepts(port) : Promise.reject(new Error(`mosquitto exited: ${log}`))), { timeoutMs: 10_000, description: `mosquitto on ${port}` });
  return {
    url: `mqtt://127.0.0.1:${port}`,
    port,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * MESH_PORT_BASE + 84 when set and free: inside the first city's block of 100 next to the stack's own broker (+83),
 * so parallel stacks on other bases never collide; else any free port.
 */
async function portNearBase(): Promise<number> {
  const base = Number(process.env['MESH_PORT_BASE'] ?? '');
  if (Number.isInteger(base) && base > 0 && !(await accepts(base + 84))) return base + 84;
  return freePort();
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(socket.end() !== undefined));
    socket.once('error', () => resolve(false));
  });
}
