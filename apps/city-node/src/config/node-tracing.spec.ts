import { ValidationError } from '@usm/errors';
import { nodeTracingOf } from './node-tracing';

describe('nodeTracingOf', () => {
  it('is off without an OTLP endpoint, and on under the node\'s name with one', () => {
    expect(nodeTracingOf({ PATH: '/usr/bin' })).toEqual({ enabled: false });
    expect(nodeTracingOf({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' })).toMatchObject({ enabled: true, serviceName: 'city-node', tracesUrl: 'http://127.0.0.1:4318/v1/traces' });
  });

  it('names the bad variable', () => {
    expect(() => nodeTracingOf({ OTEL_TRACES_SAMPLER: 'sometimes' })).toThrow(ValidationError);
    expect(() => nodeTracingOf({ OTEL_TRACES_SAMPLER: 'sometimes' })).toThrow(/OTEL_TRACES_SAMPLER/);
  });
});
