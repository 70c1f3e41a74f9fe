import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CityStack, ServiceProcess } from '@usm/testing';
import { authEnvOf, databaseEnvOf, freePort, kafkaEnvOf, readStack, registryEnvOf, spawnService, tokenFor, waitFor } from '@usm/testing';

/** One HTTP service of a city under test: its process, its base URL, and a call with a persona's token. */
export interface CityService {
  readonly service: ServiceProcess;
  readonly base: string;
  /** Strings go as JSON Lines unless `contentType` says otherwise; objects as JSON. */
  call(method: string, path: string, persona?: string, body?: object | string, contentType?: string): Promise<Response>;
}

export const timeZones: Readonly<Record<string, string>> = { incheon: 'Asia/Seoul', barcelona: 'Europe/Madrid' };

/** Starts `entry` on a free port and waits until `/health/ready` answers, printing the service's output on a timeout. */
async function started(city: CityStack, entry: string, env: (port: number) => Record<string, string>): Promise<CityService> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const service = spawnService(entry, { MESH_CITY: city.city, LOG_LEVEL: 'warn', ...env(port) });
  await waitFor(async () => (await fetch(`${base}/health/ready`).catch(() => ({ ok: false }))).ok, { timeoutMs: 240_000, description: `${entry} of ${city.city} on ${base}` }).catch(async (error: Error) => {
    // Never assigned to the spec's handles, so afterAll could not stop it: stop it here, or jest never exits.
    await service.stop();
    throw new Error(`${error.message}\n${service.output.join('')}`);
  });
  const call = async (method: string, path: string, persona?: string, body?: object | string, contentType?: string) =>
    fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': contentType ?? (typeof body === 'string' ? 'application/x-ndjson' : 'application/json'), ...(persona ? { authorization: `Bearer ${await tokenFor(city, persona)}` } : {}) },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  return { service, base, call };
}

/** The city's datasets service under the run's prefix, its artifacts in `<dir>/<city>/artifacts`. */
export function startDatasets(city: CityStack, prefix: string, dir: string): Promise<CityService> {
  mkdirSync(join(dir, city.city), { recursive: true });
  writeFileSync(join(dir, city.city, 'signing.key'), randomBytes(32));
  return started(city, 'apps/datasets/src/main.ts', (port) => ({
    ...kafkaEnvOf(city, 'datasets'), ...registryEnvOf(city, 'registry-datasets'), ...databaseEnvOf(city, 'datasets'), ...authEnvOf(city, 'datasets'),
    DATASETS_PORT: String(port), DATASETS_ARTIFACT_DIR: join(dir, city.city, 'artifacts'), DATASETS_URL_SIGNING_SECRET_FILE: join(dir, city.city, 'signing.key'), DATASETS_TOPIC_PREFIX: prefix,
  }));
}

/**
 * The city's validation service, reading the datasets artifacts read-only, asking its datasets service for access,
 * and folding the partner's replicated results decoded with the partner's registry (as `partner-<city>`).
 */
export function startValidation(city: CityStack, partner: string, prefix: string, dir: string, datasetsUrl: string): Promise<CityService> {
  const partnerStack = readStack().cities[partner];
  const secretFile = partnerStack?.registry.clients[`partner-${city.city}`]?.secretFile ?? '';
  return started(city, 'apps/validation/src/main.ts', (port) => ({
    ...kafkaEnvOf(city, 'validation'), ...registryEnvOf(city, 'registry-validation'), ...databaseEnvOf(city, 'validation'), ...authEnvOf(city, 'validation'),
    VALIDATION_PORT: String(port), VALIDATION_TIME_ZONE: timeZones[city.city] ?? 'UTC', VALIDATION_RELEASE_ARTIFACT_DIR: join(dir, city.city, 'artifacts'),
    VALIDATION_DATASETS_URL: datasetsUrl, VALIDATION_TOPIC_PREFIX: prefix,
    VALIDATION_PARTNER_REGISTRIES: `${partner}=${partnerStack?.registry.url ?? ''}`, VALIDATION_PARTNER_REGISTRY_SECRET_FILES: `${partner}=${secretFile}`,
  }));
}

/** The body of a successful answer, or an error naming the status and body. */
export async function json<T>(response: Response): Promise<T> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status}: ${text}`);
  return JSON.parse(text) as T;
}

/** The city's sites service on its own new database schema (dropped by the caller), as the sites spec runs it. */
export function startSites(city: CityStack, schema: string): Promise<CityService> {
  return started(city, 'apps/sites/src/main.ts', (port) => ({ ...databaseEnvOf(city, 'sites'), DATABASE_SCHEMA: schema, SITES_PORT: String(port), ...authEnvOf(city, 'sites') }));
}
