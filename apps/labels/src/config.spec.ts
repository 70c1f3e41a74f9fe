import { join } from 'node:path';
import { ValidationError } from '@usm/errors';
import { securedServiceEnv } from '@usm/testing';
import { loadConfig } from './config';

const env = { ...securedServiceEnv('labels'), DATABASE_URL: 'postgres://mesh@127.0.0.1:5432/incheon' };
const ruleSets = join(__dirname, '..', '..', '..', 'libs', 'labels', 'rule-sets');

describe('labels service config', () => {
  it('reads the rule set of the city, and leaves model labels off without a validation URL', () => {
    const config = loadConfig({ ...env, LABELS_RULE_SET_FILE: join(ruleSets, 'incheon-child-commute.yaml') });
    expect(config).toMatchObject({ city: 'incheon', http: { host: '127.0.0.1', port: 3060 }, topicPrefix: '' });
    expect(config.ruleSetYaml).toContain('ruleSet: incheon-child-commute');
    expect(config.validationUrl).toBeUndefined();
  });

  it('takes the validation service URL without a trailing slash', () => {
    expect(loadConfig({ ...env, LABELS_RULE_SET_FILE: join(ruleSets, 'barcelona-child-commute.yaml'), LABELS_VALIDATION_URL: 'http://127.0.0.1:3070/' }).validationUrl).toBe('http://127.0.0.1:3070');
  });

  it('names each bad variable and its rule', () => {
    const attempt = () => loadConfig({ ...env, LABELS_RULE_SET_FILE: '/nowhere/rules.yaml' });
    expect(attempt).toThrow(ValidationError);
    expect(attempt).toThrow(expect.objectContaining({ violations: [expect.objectContaining({ field: 'LABELS_RULE_SET_FILE', rule: 'readable' })] }));
    expect(() => loadConfig({ ...env, LABELS_VALIDATION_URL: 'ftp://x', LABELS_TOPIC_PREFIX: 'Bad_Prefix' })).toThrow(
      expect.objectContaining({ violations: expect.arrayContaining([expect.objectContaining({ field: 'LABELS_VALIDATION_URL' }), expect.objectContaining({ field: 'LABELS_TOPIC_PREFIX' })]) }),
    );
  });

  it('traces to the OTLP endpoint when OTEL_EXPORTER_OTLP_ENDPOINT is set, as the labels service', () => {
    expect(loadConfig({ ...env, OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }).tracing).toMatchObject({ enabled: true, tracesUrl: 'http://collector:4318/v1/traces', serviceName: 'labels' });
    expect(loadConfig(env).tracing).toEqual({ enabled: false });
  });
});
