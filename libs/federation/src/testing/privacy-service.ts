import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { aclEntryOf, bindingsOf, consumes, createKafka, groups, produces, transactionalIds } from '@usm/messaging';
import type { CityStack } from '@usm/testing';
import { authEnvOf, freePort, kafkaConnectionOf, kafkaEnvOf, registryEnvOf, waitFor } from '@usm/testing';

const workspaceRoot = join(__dirname, '..', '..', '..', '..');

/** A running privacy service: `stop` is graceful (SIGTERM), `kill` a crash (SIGKILL, no clean-up at all). */
export interface RunningPrivacyService {
  stop(): Promise<void>;
  kill(): Promise<void>;
  /** Resolves once the process printed a line containing `text` (bounded). */
  printed(text: string, timeoutMs?: number): Promise<void>;
}

/**
 * The city's real privacy service (apps/privacy) as a child process between a raw and an anonymised topic;
 * federation talks to it only through topics, so specs start it the way a node does, not by import.
 * The same `run` gives the same group and transactional id, so a second start is a restart that fences the first.
 */
/** What the privacy principal needs on a run's topics, group and transactional ids (topics:apply grants the catalog's own). */
async function allowPrivacyOnRun(city: CityStack, topics: { raw: string; anonymised: string }, run: string): Promise<void> {
  const admin = createKafka(kafkaConnectionOf(city, 'admin', 'federation-spec-privacy')).admin();
  await admin.connect();
  try {
    const grants = [...consumes(topics.raw), produces(topics.anonymised), groups(`${run}-privacy`, 'literal'), transactionalIds(`${run}-privacy`)];
    await admin.createAcls({ acl: bindingsOf('privacy', grants).map(aclEntryOf) });
  } finally {
    await admin.disconnect();
  }
}

export async function startPrivacyService(city: CityStack, topics: { raw: string; anonymised: string }, run: string, extraEnv: Readonly<Record<string, string>> = {}, preload: readonly string[] = []): Promise<RunningPrivacyService> {
  await allowPrivacyOnRun(city, topics, run);
  const output: string[] = [];
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['-r', '@swc-node/register', ...preload.flatMap((file) => ['-r', file]), join('apps', 'privacy', 'src', 'main.ts')], {
    cwd: workspaceRoot,
    env: {
      PATH: process.env['PATH'] ?? '',
      SWC_NODE_PROJECT: 'tsconfig.json',
      MESH_CITY: city.city,
      ...kafkaEnvOf(city, 'privacy'),
      ...registryEnvOf(city, 'registry-privacy'),
      PRIVACY_POLICY_FILE: join(workspaceRoot, 'libs', 'privacy', 'policies', 'default.yaml'),
      USM_PRIVACY_HMAC_SECRET: randomBytes(32).toString('base64url'),
      PRIVACY_INPUT_TOPIC: topics.raw,
      PRIVACY_OUTPUT_TOPIC: topics.anonymised,
      PRIVACY_GROUP_ID: `${run}-privacy`,
      PRIVACY_TRANSACTIONAL_ID: `${run}-privacy-0`,
      PRIVACY_FROM_BEGINNING: 'true',
      PRIVACY_PORT: String(port),
      LOG_LEVEL: 'info',
      ...authEnvOf(city, 'privacy'),
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await waitFor(() => {
    if (child.exitCode !== null) throw new Error(`privacy exited with ${child.exitCode}: ${output.join('').slice(-2000)}`);
    return output.join('').includes('transactional processor started');
  }, { timeoutMs: 90_000, intervalMs: 100, description: 'the privacy service to start consuming' });
  const signal = async (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
    await exited;
  };
  const printed = async (text: string, timeoutMs = 60_000): Promise<void> => void (await waitFor(() => output.join('').includes(text), { timeoutMs, intervalMs: 20, description: `the privacy service to print "${text}"` }));
  return { stop: () => signal('SIGTERM'), kill: () => signal('SIGKILL'), printed };
}
