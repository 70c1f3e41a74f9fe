import { z } from 'zod';
import { tracingEnvFields, tracingSettingsOf } from './tracing-settings';

const parse = (env: Record<string, string>) => tracingSettingsOf(z.object(tracingEnvFields).parse(env), 'ingest');

describe('tracingSettingsOf', () => {
  it('is off when no OTLP endpoint is configured, whatever else is set', () => {
    expect(parse({})).toEqual({ enabled: false });
    expect(parse({ OTEL_SERVICE_NAME: 'x', OTEL_TRACES_SAMPLER: 'always_on' })).toEqual({ enabled: false });
  });

  it('exports to <endpoint>/v1/traces under the service name, parent-based always-on by default', () => {
    expect(parse({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toEqual({
      enabled: true,
      tracesUrl: 'http://collector:4318/v1/traces',
      serviceName: 'ingest',
      sampler: 'parentbased_always_on',
      samplerRatio: 1,
      exportDelayMs: 5_000,
    });
  });

  it('takes the traces endpoint as it is, and OTEL_SERVICE_NAME and the sampler from the environment', () => {
    const settings = parse({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'https://traces.example/otlp',
      OTEL_SERVICE_NAME: 'incheon-ingest',
      OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
      OTEL_TRACES_SAMPLER_ARG: '0.25',
    });
    expect(settings).toMatchObject({ enabled: true, tracesUrl: 'https://traces.example/otlp', serviceName: 'incheon-ingest', sampler: 'parentbased_traceidratio', samplerRatio: 0.25 });
  });

  it('is off with OTEL_SDK_DISABLED=true even with an endpoint', () => {
    expect(parse({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' })).toEqual({ enabled: false });
  });

  it('refuses a sampler it does not know, a ratio out of range and an endpoint that is not http(s)', () => {
    const schema = z.object(tracingEnvFields);
    expect(schema.safeParse({ OTEL_TRACES_SAMPLER: 'jaeger_remote' }).success).toBe(false);
    expect(schema.safeParse({ OTEL_TRACES_SAMPLER_ARG: '1.5' }).success).toBe(false);
    expect(schema.safeParse({ OTEL_EXPORTER_OTLP_ENDPOINT: 'grpc://collector:4317' }).success).toBe(false);
  });
});
