import { ValidationError } from '@usm/errors';
import { z } from 'zod';
import { envFields } from './env-fields';
import { envVariablesOf, readEnvironment } from './read-environment';

const schema = z.object({
  MESH_CITY: envFields.cityId(),
  KAFKA_BROKERS: envFields.brokerList(),
  SCHEMA_REGISTRY_URL: envFields.registryUrl(),
  PORT: envFields.integer(1, 65_535, 3000),
  FROM_BEGINNING: envFields.flag(true),
  LOG_LEVEL: envFields.logLevel(),
});
const valid = { MESH_CITY: 'incheon', KAFKA_BROKERS: '127.0.0.1:19092, 127.0.0.1:19093', SCHEMA_REGISTRY_URL: 'http://127.0.0.1:19081/apis/ccompat/v7/' };

function violationsOf(env: Record<string, string | undefined>): { field: string; rule: string; message: string }[] {
  try {
    readEnvironment(schema, env, 'TEST.INVALID_CONFIG', [(set) => (set['PORT'] === '9' ? [{ field: 'PORT', rule: 'not-nine', message: 'must not be 9' }] : [])]);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).code).toBe('TEST.INVALID_CONFIG');
    return [...(error as ValidationError).violations];
  }
  throw new Error('expected a ValidationError');
}

describe('readEnvironment', () => {
  it('parses lists, URLs, integers, flags and defaults', () => {
    expect(readEnvironment(schema, { ...valid, FROM_BEGINNING: 'false' }, 'X')).toEqual({
      MESH_CITY: 'incheon',
      KAFKA_BROKERS: ['127.0.0.1:19092', '127.0.0.1:19093'],
      SCHEMA_REGISTRY_URL: 'http://127.0.0.1:19081/apis/ccompat/v7',
      PORT: 3000,
      FROM_BEGINNING: false,
      LOG_LEVEL: 'info',
    });
  });

  it('names every bad variable, calls an empty one missing, and never quotes a value', () => {
    const violations = violationsOf({ ...valid, MESH_CITY: '  ', KAFKA_BROKERS: 'secret-host', PORT: '70000' });
    expect(violations.map((v) => v.field)).toEqual(['MESH_CITY', 'KAFKA_BROKERS', 'PORT']);
    expect(violations[0]?.message).toBe('is required');
    expect(JSON.stringify(violations)).not.toContain('secret-host');
  });

  it('reports cross-variable checks together with the schema violations', () => {
    expect(violationsOf({ ...valid, PORT: '9', LOG_LEVEL: 'loud' }).map((v) => `${v.field}:${v.rule}`)).toEqual(['LOG_LEVEL:invalid_value', 'PORT:not-nine']);
  });
});

describe('envVariablesOf', () => {
  it('lists every variable of the schema, required unless it has a default or is optional', () => {
    expect(envVariablesOf(z.object({ MESH_CITY: envFields.cityId(), PORT: envFields.integer(1, 65_535, 3000), DATABASE_SCHEMA: envFields.databaseSchema().optional() }))).toEqual([
      { name: 'MESH_CITY', required: true },
      { name: 'PORT', required: false },
      { name: 'DATABASE_SCHEMA', required: false },
    ]);
  });
});
