import { readFileSync } from 'node:fs';
import type { CityStack, SecretRef } from './stack-description';

/**
 * The shape of `@usm/messaging`'s KafkaConnection (this library sits below messaging, so it cannot import it):
 * a city's brokers, reached over SASL_SSL as one principal.
 */
export interface PrincipalConnection {
  readonly brokers: readonly string[];
  readonly clientId: string;
  readonly security: { readonly ca: string; readonly sasl: { readonly mechanism: 'scram-sha-512'; readonly username: string; readonly password: string } };
}

function secretOf(city: CityStack, principal: string): SecretRef {
  const ref = city.kafka.security.principals[principal];
  if (!ref) throw new Error(`No Kafka principal "${principal}" in ${city.city} (known: ${Object.keys(city.kafka.security.principals).join(', ')})`);
  return ref;
}

/** A client connection to a city's Kafka as `principal` (SCRAM-SHA-512 over TLS, trusting the city's CA). */
export function kafkaConnectionOf(city: CityStack, principal: string, clientId: string): PrincipalConnection {
  const ref = secretOf(city, principal);
  return {
    brokers: city.kafka.bootstrapServers,
    clientId,
    security: {
      ca: readFileSync(city.kafka.security.caFile, 'utf8'),
      sasl: { mechanism: 'scram-sha-512', username: ref.username, password: readFileSync(ref.passwordFile, 'utf8').trim() },
    },
  };
}

/** The Kafka variables of a service process running as `principal` in a city (its password by file, never by value). */
export function kafkaEnvOf(city: CityStack, principal: string): Record<string, string> {
  const ref = secretOf(city, principal);
  return {
    KAFKA_BROKERS: city.kafka.bootstrapServers.join(','),
    KAFKA_SECURITY_PROTOCOL: city.kafka.security.protocol,
    KAFKA_SASL_MECHANISM: city.kafka.security.mechanism,
    KAFKA_SASL_USERNAME: ref.username,
    KAFKA_SASL_PASSWORD_FILE: ref.passwordFile,
    KAFKA_SSL_CA_FILE: city.kafka.security.caFile,
  };
}
