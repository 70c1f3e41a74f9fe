import { cityStack } from '@usm/testing';
import { ValidationError } from '@usm/errors';

/** Where the commands connect: a city's Kafka and Confluent-compatible registry. */
export interface Endpoints {
  readonly brokers: readonly string[];
  readonly registryUrl: string;
}

export interface EndpointOptions {
  readonly city?: string;
  readonly bootstrap?: string;
  readonly registry?: string;
}

/** Endpoints from `--bootstrap`/`--registry`, else from the city's entry in `.mesh/stack.json`. */
export function resolveEndpoints(options: EndpointOptions): Endpoints {
  if (options.bootstrap && options.registry) {
    return { brokers: options.bootstrap.split(',').map((b) => b.trim()), registryUrl: options.registry.replace(/\/+$/, '') };
  }
  if (!options.city) {
    throw new ValidationError('CONTRACTS_CLI.NO_ENDPOINTS', [
      { field: '--city', rule: 'required', message: 'give --city <id>, or both --bootstrap <host:port> and --registry <url>' },
    ]);
  }
  const city = cityStack(options.city);
  return {
    brokers: options.bootstrap ? [options.bootstrap] : city.kafka.bootstrapServers,
    registryUrl: options.registry ?? city.registry.url,
  };
}
