import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { CityStack } from './stack-description';

/** Where a city node's contexts listen and keep their files. */
export interface CityNodeLayout {
  readonly ports: {
    readonly status: number; readonly ingest: number; readonly privacy: number; readonly consent: number; readonly federation: number; readonly datasets: number;
    readonly validation: number; readonly labels: number; readonly sites: number;
  };
  /** The node's own directory: MirrorMaker 2's work dir, release artifacts, the URL-signing key. */
  readonly stateDir: string;
  /** The other running cities this node federates with and trusts tokens of. */
  readonly partners: readonly CityStack[];
  readonly privacyPolicyFile: string;
  readonly logLevel?: string;
  /** Extra settings per context (a spec's unique group or schema names). */
  readonly settings?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Ingest also subscribes to the city's MQTT broker (its password from MQTT_PASSWORD); on unless false. */
  readonly mqtt?: boolean;
}

const secretOf = (city: CityStack, principal: string) => {
  const ref = city.kafka.security.principals[principal];
  if (!ref) throw new Error(`No Kafka principal "${principal}" in ${city.city}`);
  return ref;
};
const kafkaOf = (city: CityStack, principal: string) => ({ username: secretOf(city, principal).username, passwordFile: secretOf(city, principal).passwordFile });
const registryClientOf = (city: CityStack, client: string) => {
  const found = city.registry.clients[client];
  if (!found) throw new Error(`${city.city}'s registry has no client "${client}"`);
  return { clientId: found.clientId, secretFile: found.secretFile };
};
const databaseOf = (city: CityStack, service: string) => {
  const found = city.database.services[service];
  if (!found) throw new Error(`${city.city} has no database role for "${service}"; restart the stack with "npm run stack -- up"`);
  return { url: found.url, passwordFile: found.passwordFile };
};

/** The Kafka + connect-mirror classpath infra/local wrote for MirrorMaker 2. */
export function mirrorMakerClasspathFile(): string {
  const dir = join(homedir(), '.cache', 'urban-safety-mesh');
  const file = readdirSync(dir).find((f) => /^kafka-.*\.classpath$/.test(f));
  if (!file) throw new Error(`No kafka-*.classpath in ${dir}: run "npm run stack -- up" once`);
  return join(dir, file);
}

function signingKeyFile(stateDir: string): string {
  const file = join(stateDir, 'datasets-url-signing.key');
  if (!existsSync(file)) writeFileSync(file, randomBytes(32), { mode: 0o600 });
  return file;
}

/**
 * A city node's configuration document (apps/city-node) for a city of `.mesh/stack.json`: each context with its own
 * principal, registry client, database role and realm client, as the separate services run. Secrets stay in their
 * files; the HMAC secret and the MQTT password come from the node's environment (`passEnvironment`).
 */
export function cityNodeConfigOf(city: CityStack, layout: CityNodeLayout): Record<string, unknown> {
  mkdirSync(layout.stateDir, { recursive: true, mode: 0o700 });
  const perPartner = (value: (partner: CityStack) => string) => layout.partners.map((p) => `${p.city}=${value(p)}`).join(';');
  const extra = (context: string) => layout.settings?.[context] ?? {};
  const mqtt = layout.mqtt === false ? undefined : city.mqtt?.accounts[`${city.city}-ingest`];
  return {
    city: city.city,
    statusPort: layout.ports.status,
    logLevel: layout.logLevel ?? 'info',
    kafka: { brokers: city.kafka.bootstrapServers, securityProtocol: city.kafka.security.protocol, caFile: city.kafka.security.caFile },
    registry: { url: city.registry.url },
    auth: { issuer: city.identity.issuer, partnerIssuers: Object.fromEntries(layout.partners.map((p) => [p.city, p.identity.issuer])) },
    passEnvironment: ['USM_PRIVACY_HMAC_SECRET', ...(mqtt ? ['MQTT_PASSWORD'] : [])],
    contexts: {
      ingest: {
        port: layout.ports.ingest, kafka: kafkaOf(city, 'ingest'), registryClient: registryClientOf(city, 'registry-ingest'), database: databaseOf(city, 'ingest'),
        settings: { ...(city.mqtt && mqtt ? { MQTT_URL: city.mqtt.url, MQTT_USERNAME: mqtt.username } : {}), ...extra('ingest') },
      },
      consent: { port: layout.ports.consent, kafka: kafkaOf(city, 'consent'), registryClient: registryClientOf(city, 'registry-consent'), database: databaseOf(city, 'consent'), settings: extra('consent') },
      privacy: {
        port: layout.ports.privacy, kafka: kafkaOf(city, 'privacy'), registryClient: registryClientOf(city, 'registry-privacy'),
        ...(city.identity.clients['privacy'] ? { client: city.identity.clients['privacy'] } : {}),
        settings: { PRIVACY_POLICY_FILE: layout.privacyPolicyFile, ...extra('privacy') },
      },
      federation: {
        port: layout.ports.federation, kafka: kafkaOf(city, 'federation'), registryClient: registryClientOf(city, 'registry-federation'), database: databaseOf(city, 'federation'),
        settings: {
          FEDERATION_PARTNERS: perPartner((p) => p.kafka.bootstrapServers.join(',')),
          FEDERATION_PARTNER_CA_FILES: perPartner((p) => p.kafka.security.caFile),
          FEDERATION_MM2_PASSWORD_FILES: perPartner((p) => secretOf(p, `mm2-${city.city}`).passwordFile),
          FEDERATION_PARTNER_PASSWORD_FILES: perPartner((p) => secretOf(city, `partner-${p.city}`).passwordFile),
          FEDERATION_WORK_DIR: join(layout.stateDir, 'federation'),
          MIRROR_MAKER_CLASSPATH_FILE: mirrorMakerClasspathFile(),
          ...extra('federation'),
        },
      },
      datasets: {
        port: layout.ports.datasets, kafka: kafkaOf(city, 'datasets'), registryClient: registryClientOf(city, 'registry-datasets'), database: databaseOf(city, 'datasets'),
        settings: {
          DATASETS_ARTIFACT_DIR: join(layout.stateDir, 'datasets'),
          DATASETS_URL_SIGNING_SECRET_FILE: signingKeyFile(layout.stateDir),
          DATASETS_PARTNER_REGISTRIES: perPartner((p) => p.registry.url),
          DATASETS_PARTNER_REGISTRY_SECRET_FILES: perPartner((p) => registryClientOf(p, `partner-${city.city}`).secretFile),
          ...extra('datasets'),
        },
      },
      // Validation reads the datasets context's release files and reaches it (VALIDATION_DATASETS_URL) inside the node.
      validation: {
        port: layout.ports.validation, kafka: kafkaOf(city, 'validation'), registryClient: registryClientOf(city, 'registry-validation'), database: databaseOf(city, 'validation'),
        settings: {
          VALIDATION_RELEASE_ARTIFACT_DIR: join(layout.stateDir, 'datasets'),
          VALIDATION_PARTNER_REGISTRIES: perPartner((p) => p.registry.url),
          VALIDATION_PARTNER_REGISTRY_SECRET_FILES: perPartner((p) => registryClientOf(p, `partner-${city.city}`).secretFile),
          ...extra('validation'),
        },
      },
      labels: { port: layout.ports.labels, kafka: kafkaOf(city, 'labels'), registryClient: registryClientOf(city, 'registry-labels'), database: databaseOf(city, 'labels'), settings: extra('labels') },
      sites: { port: layout.ports.sites, database: databaseOf(city, 'sites'), settings: extra('sites') },
    },
  };
}
