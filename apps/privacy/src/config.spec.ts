import { ValidationError } from '@usm/errors';
import { loadConfig } from './config';

const required = {
  MESH_CITY: 'incheon',
  AUTH_ISSUER: 'http://127.0.0.1:19080/realms/incheon',
  KAFKA_BROKERS: '127.0.0.1:19092, 127.0.0.1:19093',
  SCHEMA_REGISTRY_URL: 'http://127.0.0.1:19081/apis/ccompat/v7/',
  PRIVACY_POLICY_FILE: '/etc/usm/privacy-policy.yaml',
};

function fieldsRefused(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ValidationError) return error.violations.map((v) => v.field);
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('loadConfig', () => {
  it('reads the required variables and applies the defaults', () => {
    const config = loadConfig(required);
    expect(config).toMatchObject({
      city: 'incheon',
      kafkaBrokers: ['127.0.0.1:19092', '127.0.0.1:19093'],
      registryUrl: 'http://127.0.0.1:19081/apis/ccompat/v7',
      policyFile: '/etc/usm/privacy-policy.yaml',
      http: { host: '127.0.0.1', port: 3001 },
      stream: { groupId: 'incheon-privacy', instanceId: 'incheon-privacy-0', fromBeginning: true, maxChunkRecords: 500, transactionTimeoutMs: 20_000, sessionTimeoutMs: 30_000, heartbeatIntervalMs: 3_000 },
      legalBasisGate: { kind: 'policy' },
      healthTimeoutMs: 2_000,
      logLevel: 'info',
      egress: { maxQuarantineRate: 0.01, windowMs: 300_000, minRecords: 20 },
    });
    expect(config.stream.stuckAfterFailedChunks).toBe(3);
    expect(config.egress.quarantineTopic).toBeUndefined();
    expect(config.stream.inputTopic).toBeUndefined();
  });

  it('takes topic, group and instance overrides for tests and second instances', () => {
    const config = loadConfig({ ...required, PRIVACY_INPUT_TOPIC: 'raw-it-1', PRIVACY_OUTPUT_TOPIC: 'anon-it-1', PRIVACY_GROUP_ID: 'g-1', PRIVACY_TRANSACTIONAL_ID: 'incheon-privacy-2', PRIVACY_PORT: '3011', PRIVACY_FROM_BEGINNING: 'false' });
    expect(config.stream).toMatchObject({ inputTopic: 'raw-it-1', outputTopic: 'anon-it-1', groupId: 'g-1', instanceId: 'incheon-privacy-2', fromBeginning: false });
    expect(config.http.port).toBe(3011);
  });

  it('takes the quarantine topic and readiness thresholds, and refuses a rate outside 0..1', () => {
    const config = loadConfig({ ...required, PRIVACY_QUARANTINE_TOPIC: 'q-it-1', PRIVACY_QUARANTINE_MAX_RATE: '0.5', PRIVACY_QUARANTINE_WINDOW_MS: '60000', PRIVACY_QUARANTINE_MIN_RECORDS: '3', PRIVACY_STUCK_AFTER_FAILED_CHUNKS: '2' });
    expect(config.egress).toEqual({ quarantineTopic: 'q-it-1', maxQuarantineRate: 0.5, windowMs: 60_000, minRecords: 3 });
    expect(config.stream.stuckAfterFailedChunks).toBe(2);
    expect(fieldsRefused({ ...required, PRIVACY_QUARANTINE_MAX_RATE: '1.5' })).toEqual(['PRIVACY_QUARANTINE_MAX_RATE']);
  });

  it('hands the environment to the policy loader, which reads the secret variable the policy names', () => {
    const env = { ...required, USM_PRIVACY_HMAC_SECRET: 'x'.repeat(40) };
    expect(loadConfig(env).policyEnvironment).toBe(env);
  });

  it('names every missing or malformed variable', () => {
    expect(fieldsRefused({})).toEqual(['MESH_CITY', 'KAFKA_BROKERS', 'SCHEMA_REGISTRY_URL', 'PRIVACY_POLICY_FILE', 'AUTH_ISSUER']);
    expect(fieldsRefused({ ...required, PRIVACY_INPUT_TOPIC: 'raw topic', PRIVACY_TRANSACTION_TIMEOUT_MS: '60000', LOG_LEVEL: 'verbose' })).toEqual([
      'PRIVACY_INPUT_TOPIC',
      'PRIVACY_TRANSACTION_TIMEOUT_MS',
      'LOG_LEVEL',
    ]);
  });

  it('takes the source-system registry from PRIVACY_SOURCE_SYSTEMS_FILE, else leaves the shipped one of the city to the library', () => {
    expect(loadConfig({ ...required, PRIVACY_SOURCE_SYSTEMS_FILE: '/etc/usm/source-systems.yaml' }).sourceSystemsFile).toBe('/etc/usm/source-systems.yaml');
    expect(loadConfig(required).sourceSystemsFile).toBeUndefined();
  });

  it('names the variable at the start of the message', () => {
    expect(() => loadConfig({ ...required, PRIVACY_PORT: '70000' })).toThrow(/^PRIVACY_PORT: /);
  });

  it('asks the consent ledger when PRIVACY_LEGAL_BASIS_GATE=ledger, with its URL and timeout', () => {
    const config = loadConfig({ ...required, PRIVACY_LEGAL_BASIS_GATE: 'ledger', CONSENT_SERVICE_URL: 'http://127.0.0.1:3002/', CONSENT_SERVICE_TIMEOUT_MS: '750' });
    expect(config.legalBasisGate).toEqual({ kind: 'ledger', url: 'http://127.0.0.1:3002', timeoutMs: 750 });
    expect(loadConfig({ ...required, PRIVACY_LEGAL_BASIS_GATE: 'ledger', CONSENT_SERVICE_URL: 'http://consent:3002' }).legalBasisGate).toMatchObject({ timeoutMs: 2_000 });
  });

  it('keeps the policy gate when only a consent URL is set', () => {
    expect(loadConfig({ ...required, CONSENT_SERVICE_URL: 'http://127.0.0.1:3002' }).legalBasisGate).toEqual({ kind: 'policy' });
  });

  it('requires CONSENT_SERVICE_URL for the ledger gate, naming it with every other bad variable', () => {
    expect(() => loadConfig({ ...required, PRIVACY_LEGAL_BASIS_GATE: 'ledger' })).toThrow(/^CONSENT_SERVICE_URL: is required when PRIVACY_LEGAL_BASIS_GATE=ledger/);
    expect(fieldsRefused({ ...required, PRIVACY_LEGAL_BASIS_GATE: 'ledger', LOG_LEVEL: 'verbose' })).toEqual(['LOG_LEVEL', 'CONSENT_SERVICE_URL']);
    expect(fieldsRefused({ ...required, PRIVACY_LEGAL_BASIS_GATE: 'consent-ledger', CONSENT_SERVICE_URL: 'ftp://x', CONSENT_SERVICE_TIMEOUT_MS: '0' })).toEqual([
      'PRIVACY_LEGAL_BASIS_GATE',
      'CONSENT_SERVICE_URL',
      'CONSENT_SERVICE_TIMEOUT_MS',
    ]);
  });
});
