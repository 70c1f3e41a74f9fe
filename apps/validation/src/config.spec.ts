import { ValidationError } from '@usm/errors';
import { loadConfig } from './config';

const base = { MESH_CITY: 'incheon', KAFKA_BROKERS: '127.0.0.1:9092', SCHEMA_REGISTRY_URL: 'http://127.0.0.1:8081/apis/ccompat/v7', DATABASE_URL: 'postgres://v:v@127.0.0.1:5432/mesh', KAFKA_SECURITY_PROTOCOL: 'PLAINTEXT', MESH_INSECURE: 'true', VALIDATION_DATASETS_URL: 'http://127.0.0.1:3050/' };

const violationsOf = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ValidationError) return error.violations.map((v) => v.field);
    throw error;
  }
  return [];
};

describe('validation service config', () => {
  it('defaults the port, the zone and the artifact directory, and trims the datasets URL', () => {
    const config = loadConfig(base);
    expect(config).toMatchObject({ city: 'incheon', timeZone: 'UTC', http: { port: 3070 }, datasetsUrl: 'http://127.0.0.1:3050', hostedConcurrency: 4, topicPrefix: '' });
    expect(config.releaseArtifactDir).toMatch(/\.mesh\/datasets\/incheon$/);
  });

  it('names a bad time zone, a missing datasets URL and a partner that is this city', () => {
    expect(violationsOf({ ...base, VALIDATION_TIME_ZONE: 'Mars/Olympus' })).toContain('VALIDATION_TIME_ZONE');
    const { VALIDATION_DATASETS_URL: _url, ...withoutDatasets } = base;
    expect(violationsOf(withoutDatasets)).toContain('VALIDATION_DATASETS_URL');
    expect(violationsOf({ ...base, VALIDATION_PARTNER_REGISTRIES: 'incheon=http://x/apis' })).toContain('VALIDATION_PARTNER_REGISTRIES');
  });

  it('traces to the OTLP endpoint when OTEL_EXPORTER_OTLP_ENDPOINT is set, as the validation service', () => {
    expect(loadConfig({ ...base, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).tracing).toMatchObject({ enabled: true, tracesUrl: 'http://collector:4318/v1/traces', serviceName: 'validation' });
    expect(loadConfig(base).tracing).toEqual({ enabled: false });
  });
});
