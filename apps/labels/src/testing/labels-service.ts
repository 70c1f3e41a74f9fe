import { join } from 'node:path';
import type { CityStack, ServiceProcess } from '@usm/testing';
import { authEnvOf, databaseEnvOf, freePort, kafkaEnvOf, registryEnvOf, spawnService, waitFor } from '@usm/testing';

/** A running labels service of one city, under a test prefix, and a fetch helper with a bearer token. */
export interface LabelsNode {
  readonly service: ServiceProcess;
  readonly base: string;
  call(method: string, path: string, token?: string, body?: object): Promise<Response>;
}

export async function startLabelsService(city: CityStack, prefix: string, extra: Record<string, string> = {}): Promise<LabelsNode> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const service = spawnService('apps/labels/src/main.ts', {
    MESH_CITY: city.city,
    ...kafkaEnvOf(city, 'labels'),
    ...registryEnvOf(city, 'registry-labels'),
    ...databaseEnvOf(city, 'labels'),
    ...authEnvOf(city, 'labels'),
    LABELS_PORT: String(port),
    LABELS_TOPIC_PREFIX: prefix,
    LABELS_RULE_SET_FILE: join(__dirname, '..', '..', '..', '..', 'libs', 'labels', 'rule-sets', `${city.city}-child-commute.yaml`),
    LOG_LEVEL: 'warn',
    ...extra,
  });
  await waitFor(async () => (await fetch(`${base}/health/ready`).catch(() => ({ ok: false }))).ok, { timeoutMs: 180_000, description: `the labels service of ${city.city} on ${base}` }).catch((error: Error) => {
    throw new Error(`${error.message}\n${service.output.join('')}`);
  });
  const call = (method: string, path: string, token?: string, body?: object) =>
    fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
  return { service, base, call };
}
