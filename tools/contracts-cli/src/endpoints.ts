import type { KafkaClientSecurity } from '@usm/messaging';
import { cityStack, kafkaConnectionOf } from '@usm/testing';
import { ValidationError } from '@usm/errors';

/** Where the commands connect: a city's Kafka (as its provisioning principal) and Confluent-compatible registry. */
export interface Endpoints {
  readonly brokers: readonly string[];
  readonly registryUrl: string;
  /** SASL_SSL as `admin`; absent only on an insecure node. */
  readonly security?: KafkaClientSecurity;
  /** The city whose service ACLs topics:apply keeps in force, and its partner cities (one `mm2-<city>` each). */
  readonly acls?: { readonly city: string; readonly partners: readonly string[] };
}

export interface EndpointOptions {
  readonly city?: string;
  readonly bootstrap?: string;
  readonly registry?: string;
}

/** Endpoints from `--bootstrap`/`--registry`, else from the city's entry in `.mesh/stack.json` (as `admin`). */
export function resolveEndpoints(options: EndpointOptions, securityFromEnv?: () => KafkaClientSecurity | undefined): Endpoints {
  if (options.bootstrap && options.registry && !options.city) {
    const security = securityFromEnv?.();
    return { brokers: options.bootstrap.split(',').map((b) => b.trim()), registryUrl: options.registry.replace(/\/+$/, ''), ...(security ? { security } : {}) };
  }
  if (!options.city) {
    throw new ValidationError('CONTRACTS_CLI.NO_ENDPOINTS', [
      { field: '--city', rule: 'required', message: 'give --city <id>, or both --bootstrap <host:port> and --registry <url>' },
    ]);
  }
  const city = cityStack(options.city);
  const partners = Object.keys(city.kafka.security.principals).filter((p) => p.startsWith('mm2-')).map((p) => p.slice('mm2-'.length));
  return {
    brokers: options.bootstrap ? [options.bootstrap] : city.kafka.bootstrapServers,
    registryUrl: options.registry ?? city.registry.url,
    security: kafkaConnectionOf(city, 'admin', 'contracts-cli').security,
    acls: { city: options.city, partners },
  };
}
