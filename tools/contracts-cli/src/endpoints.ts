import { readFileSync } from 'node:fs';
import type { KafkaClientSecurity } from '@usm/messaging';
import { cityStack, kafkaConnectionOf } from '@usm/testing';
import { ValidationError } from '@usm/errors';
import type { RegistryClientCredentials } from './registry-http';

/** Where the commands connect: a city's Kafka (as its provisioning principal) and Confluent-compatible registry. */
export interface Endpoints {
  readonly brokers: readonly string[];
  readonly registryUrl: string;
  /** SASL_SSL as `admin`; absent only on an insecure node. */
  readonly security?: KafkaClientSecurity;
  /** The city whose service ACLs topics:apply keeps in force, and its partner cities (one `mm2-<city>` each). */
  readonly acls?: { readonly city: string; readonly partners: readonly string[] };
  /** Who the registry calls are made as: `registry-provisioning`, the only client that may register or set compatibility. */
  readonly registryCredentials?: RegistryClientCredentials;
}

export interface EndpointOptions {
  readonly city?: string;
  readonly bootstrap?: string;
  readonly registry?: string;
}

/** The provisioning client of the registry from SCHEMA_REGISTRY_CLIENT_ID and SCHEMA_REGISTRY_CLIENT_SECRET(_FILE), if set. */
export function credentialsFromEnvironment(env: NodeJS.ProcessEnv = process.env): RegistryClientCredentials | undefined {
  const clientId = env['SCHEMA_REGISTRY_CLIENT_ID'];
  if (!clientId) return undefined;
  const file = env['SCHEMA_REGISTRY_CLIENT_SECRET_FILE'];
  const secret = file ? readSecret(file, 'SCHEMA_REGISTRY_CLIENT_SECRET_FILE') : env['SCHEMA_REGISTRY_CLIENT_SECRET'];
  if (!secret) {
    throw new ValidationError('CONTRACTS_CLI.NO_REGISTRY_SECRET', [
      { field: 'SCHEMA_REGISTRY_CLIENT_SECRET', rule: 'required', message: 'is required with SCHEMA_REGISTRY_CLIENT_ID (or SCHEMA_REGISTRY_CLIENT_SECRET_FILE)' },
    ]);
  }
  return { clientId, secret };
}

function readSecret(file: string, variable: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    throw new ValidationError('CONTRACTS_CLI.NO_REGISTRY_SECRET', [{ field: variable, rule: 'readable', message: 'must name a readable file holding the client secret' }]);
  }
}

const provisioningClient = 'registry-provisioning';

/** Endpoints from `--bootstrap`/`--registry` (credentials from the environment), else from the city's entry in `.mesh/stack.json` (Kafka as `admin`). */
export function resolveEndpoints(options: EndpointOptions, securityFromEnv?: () => KafkaClientSecurity | undefined): Endpoints {
  if (options.bootstrap && options.registry && !options.city) {
    const security = securityFromEnv?.();
    const registryCredentials = credentialsFromEnvironment();
    return { brokers: options.bootstrap.split(',').map((b) => b.trim()), registryUrl: options.registry.replace(/\/+$/, ''), ...(security ? { security } : {}), ...(registryCredentials ? { registryCredentials } : {}) };
  }
  if (!options.city) {
    throw new ValidationError('CONTRACTS_CLI.NO_ENDPOINTS', [
      { field: '--city', rule: 'required', message: 'give --city <id>, or both --bootstrap <host:port> and --registry <url>' },
    ]);
  }
  const city = cityStack(options.city);
  const partners = Object.keys(city.kafka.security.principals).filter((p) => p.startsWith('mm2-')).map((p) => p.slice('mm2-'.length));
  const provisioning = city.registry.clients[provisioningClient];
  const registryCredentials = credentialsFromEnvironment() ?? (provisioning ? { clientId: provisioning.clientId, secret: readSecret(provisioning.secretFile, `stack.json registry.clients.${provisioningClient}`) } : undefined);
  return {
    brokers: options.bootstrap ? [options.bootstrap] : city.kafka.bootstrapServers,
    registryUrl: options.registry ?? city.registry.url,
    security: kafkaConnectionOf(city, 'admin', 'contracts-cli').security,
    acls: { city: options.city, partners },
    ...(registryCredentials ? { registryCredentials } : {}),
  };
}
