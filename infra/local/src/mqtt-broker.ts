import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import type { MqttEndpoint, SecretRef } from '@usm/testing';
import { ensurePassword } from './kafka-secrets';
import { assertPortFree, assertStillRunning, portInUse, runningPid, startDetached } from './processes';

export interface MqttBrokerLayout {
  readonly city: string;
  readonly port: number;
  readonly configDir: string;
  /** `<state>/secrets/<city>/mqtt`: generated passwords, mode 0600. */
  readonly secretsDir: string;
  readonly logFile: string;
  readonly pidFile: string;
}

/** The ingest service's account and one demonstration sensor (username = its systemId). */
export const mqttAccountsOf = (city: string): readonly string[] => [`${city}-ingest`, `demo-sensor-${city}`];

/** Device X may publish only its own events and read only its own errors; ingest reads all events and answers all. */
export function mqttAclOf(city: string): string {
  return [
    `user ${city}-ingest`,
    `topic read mesh/${city}/events/+`,
    `topic write mesh/${city}/errors/+`,
    '',
    `pattern write mesh/${city}/events/%u`,
    `pattern read mesh/${city}/errors/%u`,
    '',
  ].join('\n');
}

/** A city's Mosquitto (Debian's /usr/sbin/mosquitto): loopback, no anonymous clients, passwords and per-device ACLs. Idempotent. */
export async function startMqttBroker(layout: MqttBrokerLayout): Promise<MqttEndpoint> {
  const dir = join(layout.configDir, 'mosquitto');
  mkdirSync(dir, { recursive: true });
  mkdirSync(layout.secretsDir, { recursive: true });
  const accounts: Record<string, SecretRef> = Object.fromEntries(
    mqttAccountsOf(layout.city).map((username) => [username, { username, passwordFile: join(layout.secretsDir, `${username}.password`) }]),
  );
  const endpoint = { url: `mqtt://127.0.0.1:${layout.port}`, logFile: layout.logFile, accounts };
  const running = runningPid(layout.pidFile);
  if (running !== undefined) return { ...endpoint, pid: running };
  await assertPortFree(layout.port, `${layout.city} MQTT broker`, layout.pidFile);
  const passwords = join(dir, 'passwd');
  writeFileSync(passwords, '', { mode: 0o600 });
  for (const account of Object.values(accounts)) {
    execFileSync('/usr/bin/mosquitto_passwd', ['-b', passwords, account.username, ensurePassword(account.passwordFile).password]);
  }
  const acl = join(dir, 'acl');
  writeFileSync(acl, mqttAclOf(layout.city));
  const config = join(dir, 'mosquitto.conf');
  // `user`: as root Mosquitto would switch to its own account, which cannot read the stack's private files.
  writeFileSync(config, [`listener ${layout.port} 127.0.0.1`, 'allow_anonymous false', `password_file ${passwords}`, `acl_file ${acl}`, 'persistence false', `user ${userInfo().username}`, ''].join('\n'));
  const started = startDetached('/usr/sbin/mosquitto', ['-c', config], { logFile: layout.logFile, pidFile: layout.pidFile });
  const deadline = Date.now() + 15_000;
  while (!(await portInUse(layout.port))) {
    if (Date.now() > deadline) throw new Error(`${layout.city} MQTT broker did not listen on ${layout.port}; see ${layout.logFile}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  assertStillRunning(started.pid, `${layout.city} MQTT broker`, layout.logFile);
  return { ...endpoint, pid: started.pid };
}
