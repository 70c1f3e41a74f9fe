import { readFileSync } from 'node:fs';
import type { FieldViolation } from '@usm/errors';
import { ValidationError } from '@usm/errors';
import { z } from 'zod';
import { envFields } from './env-fields';
import type { CrossCheck } from './read-environment';

/**
 * The Kafka variables every service reads: SASL_SSL with SCRAM-SHA-512 by default; PLAINTEXT only when
 * MESH_INSECURE=true (local debugging). The password comes from KAFKA_SASL_PASSWORD or, better, a file.
 */
export const kafkaEnvShape = {
  KAFKA_BROKERS: envFields.brokerList(),
  KAFKA_SECURITY_PROTOCOL: z.enum(['SASL_SSL', 'PLAINTEXT'], { error: 'must be SASL_SSL (or PLAINTEXT with MESH_INSECURE=true)' }).default('SASL_SSL'),
  KAFKA_SASL_MECHANISM: z
    .string()
    .transform((mechanism) => mechanism.toLowerCase())
    .pipe(z.literal('scram-sha-512', { error: 'must be scram-sha-512' }))
    .default('scram-sha-512'),
  KAFKA_SASL_USERNAME: z.string().regex(/^[\w.@-]{1,200}$/, 'must be a SCRAM user name').optional(),
  KAFKA_SASL_PASSWORD: z.string().optional(),
  KAFKA_SASL_PASSWORD_FILE: z.string().optional(),
  KAFKA_SSL_CA_FILE: z.string().optional(),
  MESH_INSECURE: envFields.flag(false),
};

/** The Kafka variables alone, for tools that read nothing else. */
export const kafkaEnvSchema = z.object(kafkaEnvShape);
export type KafkaEnv = z.output<typeof kafkaEnvSchema>;

/** TLS trust and SCRAM credentials, in the shape of `@usm/messaging`'s KafkaClientSecurity. */
export interface KafkaSecuritySettings {
  readonly ca: string;
  readonly sasl: { readonly mechanism: 'scram-sha-512'; readonly username: string; readonly password: string };
}

/** Where and how a service connects to its city's Kafka. */
export interface KafkaClientSettings {
  readonly brokers: readonly string[];
  /** Absent only on an insecure (PLAINTEXT) node. */
  readonly security?: KafkaSecuritySettings;
}

const required = (field: string, when: string): FieldViolation => ({ field, rule: 'required-when', message: `is required when ${when}` });

/** The rules between the Kafka variables, reported with every other bad variable. */
export const kafkaSecurityCheck: CrossCheck = (set) => {
  if (set['KAFKA_SECURITY_PROTOCOL'] === 'PLAINTEXT') {
    return set['MESH_INSECURE'] === 'true' ? [] : [{ field: 'KAFKA_SECURITY_PROTOCOL', rule: 'insecure', message: 'may be PLAINTEXT only with MESH_INSECURE=true (local debugging)' }];
  }
  const when = 'KAFKA_SECURITY_PROTOCOL is SASL_SSL (the default)';
  const violations: FieldViolation[] = [];
  if (set['KAFKA_SASL_USERNAME'] === undefined) violations.push(required('KAFKA_SASL_USERNAME', when));
  if (set['KAFKA_SASL_PASSWORD'] === undefined && set['KAFKA_SASL_PASSWORD_FILE'] === undefined) violations.push(required('KAFKA_SASL_PASSWORD_FILE', `${when} and KAFKA_SASL_PASSWORD is unset`));
  if (set['KAFKA_SASL_PASSWORD'] !== undefined && set['KAFKA_SASL_PASSWORD_FILE'] !== undefined) {
    violations.push({ field: 'KAFKA_SASL_PASSWORD_FILE', rule: 'exclusive', message: 'must not be set together with KAFKA_SASL_PASSWORD' });
  }
  if (set['KAFKA_SSL_CA_FILE'] === undefined) violations.push(required('KAFKA_SSL_CA_FILE', when));
  return violations;
};

type ReadFile = (path: string) => string;
const readText: ReadFile = (path) => readFileSync(path, 'utf8');

/**
 * The Kafka client settings of validated variables (run `kafkaSecurityCheck` first): reads the CA and the password
 * file; a file that cannot be read is a ValidationError naming its variable (`code`), never its content.
 */
export function kafkaClientOf(env: KafkaEnv, code: string, readFile: ReadFile = readText): KafkaClientSettings {
  if (env.KAFKA_SECURITY_PROTOCOL === 'PLAINTEXT') return { brokers: env.KAFKA_BROKERS };
  const read = (field: string, path: string | undefined, what: string): string => {
    try {
      const text = path === undefined ? '' : readFile(path);
      if (text.trim() === '') throw new Error('empty');
      return text;
    } catch {
      throw new ValidationError(code, [{ field, rule: 'readable', message: `must name a readable, non-empty ${what}` }]);
    }
  };
  const ca = read('KAFKA_SSL_CA_FILE', env.KAFKA_SSL_CA_FILE, 'PEM file of the cluster CA');
  if (!ca.includes('-----BEGIN CERTIFICATE-----')) throw new ValidationError(code, [{ field: 'KAFKA_SSL_CA_FILE', rule: 'pem', message: 'must hold a PEM certificate' }]);
  const password = env.KAFKA_SASL_PASSWORD ?? read('KAFKA_SASL_PASSWORD_FILE', env.KAFKA_SASL_PASSWORD_FILE, 'password file').trim();
  return { brokers: env.KAFKA_BROKERS, security: { ca, sasl: { mechanism: env.KAFKA_SASL_MECHANISM, username: env.KAFKA_SASL_USERNAME ?? '', password } } };
}
