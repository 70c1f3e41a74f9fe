import { ValidationError } from '@usm/errors';
import { z } from 'zod';
import { kafkaClientOf, kafkaEnvShape, kafkaSecurityCheck } from './kafka-env';
import { readEnvironment } from './read-environment';

const schema = z.object(kafkaEnvShape);
const pem = '-----BEGIN CERTIFICATE-----\nMII\n-----END CERTIFICATE-----\n';
const files: Record<string, string> = { '/s/ca.pem': pem, '/s/ingest.password': 'secret-pw\n', '/s/empty': '' };
const readFile = (path: string): string => {
  const text = files[path];
  if (text === undefined) throw new Error('ENOENT');
  return text;
};
const secured = { KAFKA_BROKERS: '127.0.0.1:19092', KAFKA_SASL_USERNAME: 'ingest', KAFKA_SASL_PASSWORD_FILE: '/s/ingest.password', KAFKA_SSL_CA_FILE: '/s/ca.pem' };

const read = (env: Record<string, string | undefined>) => kafkaClientOf(readEnvironment(schema, env, 'TEST.INVALID_CONFIG', [kafkaSecurityCheck]), 'TEST.INVALID_CONFIG', readFile);

function violationsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).violations.map((v) => `${v.field}:${v.rule}`);
  }
  throw new Error('expected a ValidationError');
}

describe('Kafka client settings from the environment', () => {
  it('connects over SASL_SSL with SCRAM-SHA-512 by default, the password read from its file and trimmed', () => {
    expect(read(secured)).toEqual({ brokers: ['127.0.0.1:19092'], security: { ca: pem, sasl: { mechanism: 'scram-sha-512', username: 'ingest', password: 'secret-pw' } } });
  });

  it('takes the password from KAFKA_SASL_PASSWORD and the mechanism in any case', () => {
    const settings = read({ ...secured, KAFKA_SASL_PASSWORD_FILE: undefined, KAFKA_SASL_PASSWORD: 'pw', KAFKA_SASL_MECHANISM: 'SCRAM-SHA-512' });
    expect(settings.security?.sasl).toEqual({ mechanism: 'scram-sha-512', username: 'ingest', password: 'pw' });
  });

  it('names every missing variable of the secure default', () => {
    expect(violationsOf(() => read({ KAFKA_BROKERS: '127.0.0.1:19092' }))).toEqual(['KAFKA_SASL_USERNAME:required-when', 'KAFKA_SASL_PASSWORD_FILE:required-when', 'KAFKA_SSL_CA_FILE:required-when']);
  });

  it('refuses PLAINTEXT unless MESH_INSECURE=true, and then needs no credentials', () => {
    expect(violationsOf(() => read({ KAFKA_BROKERS: 'b:1', KAFKA_SECURITY_PROTOCOL: 'PLAINTEXT' }))).toEqual(['KAFKA_SECURITY_PROTOCOL:insecure']);
    expect(read({ KAFKA_BROKERS: 'b:1', KAFKA_SECURITY_PROTOCOL: 'PLAINTEXT', MESH_INSECURE: 'true' })).toEqual({ brokers: ['b:1'] });
  });

  it('refuses other protocols and mechanisms, and both password forms at once', () => {
    expect(violationsOf(() => read({ ...secured, KAFKA_SECURITY_PROTOCOL: 'SSL', KAFKA_SASL_MECHANISM: 'plain' }))).toEqual(['KAFKA_SECURITY_PROTOCOL:invalid_value', 'KAFKA_SASL_MECHANISM:invalid_value']);
    expect(violationsOf(() => read({ ...secured, KAFKA_SASL_PASSWORD: 'pw' }))).toEqual(['KAFKA_SASL_PASSWORD_FILE:exclusive']);
  });

  it('names the variable of a file it cannot read or that holds no certificate, never its content', () => {
    expect(violationsOf(() => read({ ...secured, KAFKA_SSL_CA_FILE: '/s/missing.pem' }))).toEqual(['KAFKA_SSL_CA_FILE:readable']);
    expect(violationsOf(() => read({ ...secured, KAFKA_SASL_PASSWORD_FILE: '/s/empty' }))).toEqual(['KAFKA_SASL_PASSWORD_FILE:readable']);
    expect(violationsOf(() => read({ ...secured, KAFKA_SSL_CA_FILE: '/s/ingest.password' }))).toEqual(['KAFKA_SSL_CA_FILE:pem']);
  });
});
