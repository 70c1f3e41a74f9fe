import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CityStack, ServiceProcess } from '@usm/testing';
import { authEnvOf, databaseEnvOf, freePort, kafkaEnvOf, registryEnvOf, runSql, spawnService, waitFor } from '@usm/testing';

/** A service process of a city and where it answers. */
export interface RunningService {
  readonly base: string;
  readonly process: ServiceProcess;
  readonly schema: string;
}

const passwordFile = (city: CityStack, principal: string) => city.kafka.security.principals[principal]?.passwordFile ?? `/missing/${principal}`;

function mirrorMakerClasspathFile(): string {
  const dir = join(homedir(), '.cache', 'urban-safety-mesh');
  const file = readdirSync(dir).find((f) => /^kafka-.*\.classpath$/.test(f));
  if (!file) throw new Error(`No kafka-*.classpath in ${dir}: run "npm run stack -- up" once`);
  return join(dir, file);
}

/** Waits for a service to answer ready: booting several services at once takes minutes on a loaded machine. */
async function ready(name: string, service: ServiceProcess, url: string, init?: RequestInit): Promise<void> {
  await waitFor(async () => (await fetch(url, init).catch(() => undefined))?.ok === true, { timeoutMs: 300_000, intervalMs: 1_000, description: `${name} to be ready` }).catch((error: Error) => {
    throw new Error(`${error.message}\n${service.output.join('').slice(-4_000)}`);
  });
}

/** The consent service of a city, as its own role, in a schema of its own. */
export async function startConsent(city: CityStack, schema: string): Promise<RunningService> {
  const database = databaseEnvOf(city, 'consent');
  await runSql(city.database.url, `CREATE SCHEMA "${schema}" AUTHORIZATION "${new URL(database['DATABASE_URL'] ?? '').username}"`);
  const port = await freePort();
  const process = spawnService('apps/consent/src/main.ts', {
    MESH_CITY: city.city, ...kafkaEnvOf(city, 'consent'), ...registryEnvOf(city, 'registry-consent'), ...database,
    DATABASE_SCHEMA: schema, CONSENT_PORT: String(port), LOG_LEVEL: 'warn', ...authEnvOf(city, 'consent'),
  });
  const base = `http://127.0.0.1:${port}`;
  await ready('consent', process, `${base}/health/ready`);
  return { base, process, schema };
}

/** The federation service of a city: MirrorMaker 2 to each partner as the agreements say. */
export async function startFederation(city: CityStack, partners: readonly CityStack[], schema: string): Promise<RunningService> {
  await runSql(city.database.url, `CREATE SCHEMA "${schema}"`);
  const port = await freePort();
  const perPartner = (value: (partner: CityStack) => string) => partners.map((p) => `${p.city}=${value(p)}`).join(';');
  const process = spawnService('apps/federation/src/main.ts', {
    MESH_CITY: city.city, ...kafkaEnvOf(city, 'federation'), ...registryEnvOf(city, 'registry-federation'),
    DATABASE_URL: city.database.url, DATABASE_SCHEMA: schema,
    FEDERATION_PARTNERS: perPartner((p) => p.kafka.bootstrapServers.join(',')),
    FEDERATION_WORK_DIR: mkdtempSync(join(tmpdir(), `ds-withdrawal-fed-${city.city}-`)),
    FEDERATION_PORT: String(port), FEDERATION_RETRY_DELAY_MS: '500', FEDERATION_LAG_INTERVAL_MS: '1000',
    MIRROR_MAKER_CLASSPATH_FILE: mirrorMakerClasspathFile(),
    FEDERATION_PARTNER_CA_FILES: perPartner((p) => p.kafka.security.caFile),
    FEDERATION_MM2_PASSWORD_FILES: perPartner((p) => passwordFile(p, `mm2-${city.city}`)),
    FEDERATION_PARTNER_PASSWORD_FILES: perPartner((p) => passwordFile(city, `partner-${p.city}`)),
    LOG_LEVEL: 'warn', ...authEnvOf(city, 'federation'),
  });
  const base = `http://127.0.0.1:${port}`;
  await ready('federation', process, `${base}/health/live`);
  return { base, process, schema };
}

/** Stops a service and drops its schema. */
export async function stopService(city: CityStack, service: RunningService | undefined): Promise<void> {
  if (!service) return;
  await service.process.stop();
  if (service.schema) await runSql(city.database.url, `DROP SCHEMA IF EXISTS "${service.schema}" CASCADE`);
}

/**
 * The datasets service of a city as its own role and principal (withdrawal included), reading its partners'
 * replicated topics with the registry clients those partners issued it.
 */
export async function startDatasets(city: CityStack, partners: readonly CityStack[], dir: string): Promise<RunningService> {
  const port = await freePort();
  const signingKey = join(dir, `${city.city}-signing.key`);
  writeFileSync(signingKey, randomBytes(32));
  const perPartner = (value: (partner: CityStack) => string) => partners.map((p) => `${p.city}=${value(p)}`).join(';');
  const process = spawnService('apps/datasets/src/main.ts', {
    MESH_CITY: city.city, ...kafkaEnvOf(city, 'datasets'), ...registryEnvOf(city, 'registry-datasets'), ...databaseEnvOf(city, 'datasets'), ...authEnvOf(city, 'datasets'),
    DATASETS_PORT: String(port),
    DATASETS_ARTIFACT_DIR: join(dir, city.city),
    DATASETS_URL_SIGNING_SECRET_FILE: signingKey,
    DATASETS_PARTNER_REGISTRIES: perPartner((p) => p.registry.url),
    DATASETS_PARTNER_REGISTRY_SECRET_FILES: perPartner((p) => p.registry.clients[`partner-${city.city}`]?.secretFile ?? '/missing'),
    LOG_LEVEL: 'info',
  });
  const base = `http://127.0.0.1:${port}`;
  await ready('datasets', process, `${base}/health/ready`);
  return { base, process, schema: '' };
}
