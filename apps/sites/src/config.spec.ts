import { ValidationError } from '@usm/errors';
import { loadConfig } from './config';

const env = { MESH_CITY: 'gwangju', AUTH_ISSUER: 'http://127.0.0.1:19080/realms/gwangju', DATABASE_URL: 'postgres://mesh@127.0.0.1:15432/gwangju' };

describe('sites service config', () => {
  it('reads the environment with defaults, verifying tokens for the usm-sites audience; no Kafka or registry is asked for', () => {
    expect(loadConfig(env)).toMatchObject({
      city: 'gwangju',
      http: { host: '127.0.0.1', port: 3080 },
      databasePoolSize: 10,
      maxUploadBytes: 16_777_216,
      importConcurrency: 8,
      reservationRetries: 250,
      auth: { kind: 'verify', settings: { audience: 'usm-sites' } },
    });
  });

  it('names every missing or invalid variable', () => {
    let violations: readonly { field: string }[] = [];
    try {
      loadConfig({ MESH_CITY: 'Gwangju', SITES_PORT: '0', SITES_RESERVATION_RETRIES: '-1' });
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      violations = (error as ValidationError).violations;
    }
    expect(violations.map((v) => v.field)).toEqual(expect.arrayContaining(['AUTH_ISSUER', 'DATABASE_URL', 'MESH_CITY', 'SITES_PORT', 'SITES_RESERVATION_RETRIES']));
  });

  it('traces to the OTLP endpoint when OTEL_EXPORTER_OTLP_ENDPOINT is set, as the sites service', () => {
    expect(loadConfig({ ...env, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).tracing).toMatchObject({ enabled: true, tracesUrl: 'http://collector:4318/v1/traces', serviceName: 'sites' });
    expect(loadConfig(env).tracing).toEqual({ enabled: false });
  });
});
