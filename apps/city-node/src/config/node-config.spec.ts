import { ValidationError } from '@usm/errors';
import { parseNodeConfig } from './load-node-config';
import { validNodeDocument } from './node-config.fixture';
import { nodeConfigSchema } from './node-config.schema';

const schema = nodeConfigSchema(['ingest', 'privacy', 'consent', 'sites']);

/** The violations (field and rule) a document is refused with; none when it is accepted. */
function refusalsOf(document: unknown): { field: string; rule: string }[] {
  try {
    parseNodeConfig(schema, document);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    expect(error.code).toBe('CITY_NODE.INVALID_CONFIG');
    return error.violations.map(({ field, rule }) => ({ field, rule }));
  }
}

type Edit = (document: Record<string, unknown>) => void;

/** The object holding the last key of a dotted path, and that key. */
function parentOf(document: Record<string, unknown>, path: string): [Record<string, unknown>, string] {
  const keys = path.split('.');
  const last = keys.pop() ?? '';
  return [keys.reduce((node, key) => node[key] as Record<string, unknown>, document), last];
}

const put = (path: string, value: unknown): Edit => (document) => {
  const [parent, key] = parentOf(document, path);
  parent[key] = value;
};

const drop = (path: string): Edit => (document) => {
  const [parent, key] = parentOf(document, path);
  delete parent[key];
};

/** The valid document with one or more changes. */
function changed(...edits: Edit[]): Record<string, unknown> {
  const document = validNodeDocument();
  edits.forEach((edit) => edit(document));
  return document;
}

describe('node configuration: accepted', () => {
  it('takes a context that talks to no Kafka (sites) without a principal on SASL_SSL', () => {
    expect(refusalsOf(changed(put('contexts.sites', { port: 23017, database: { url: 'postgres://usm_incheon_sites@127.0.0.1:5432/usm' } })))).toEqual([]);
  });

  it('takes the document npm start writes, with defaults for host, log level, protocol and insecure', () => {
    const config = parseNodeConfig(schema, validNodeDocument());
    expect(config).toMatchObject({ city: 'incheon', host: '127.0.0.1', logLevel: 'info', kafka: { securityProtocol: 'SASL_SSL' }, auth: { insecure: false } });
    expect(Object.keys(config.contexts)).toEqual(['ingest', 'privacy']);
  });

  it('takes PLAINTEXT Kafka, no issuer and no principals when auth.insecure says local debugging', () => {
    const document = changed(put('kafka', { brokers: ['127.0.0.1:9092'], securityProtocol: 'PLAINTEXT' }), put('auth', { insecure: true }), put('contexts', { ingest: { port: 3000 } }));
    expect(refusalsOf(document)).toEqual([]);
  });
});

describe('node configuration: every refusal names the field and its rule', () => {
  it.each([
    ['a city id that is not lowercase ASCII', put('city', 'Incheon'), 'city', 'invalid-format'],
    ['a missing city', drop('city'), 'city', 'required'],
    ['a missing status port', drop('statusPort'), 'statusPort', 'required'],
    ['a port above 65535', put('statusPort', 70_000), 'statusPort', 'too-big'],
    ['a port that is not an integer', put('contexts.ingest.port', 23010.5), 'contexts.ingest.port', 'invalid-type'],
    ['an unknown log level', put('logLevel', 'verbose'), 'logLevel', 'invalid-value'],
    ['no broker', put('kafka.brokers', []), 'kafka.brokers', 'too-small'],
    ['a broker without a port', put('kafka.brokers', ['kafka.incheon']), 'kafka.brokers.0', 'invalid-format'],
    ['an unknown security protocol', put('kafka.securityProtocol', 'SSL'), 'kafka.securityProtocol', 'invalid-value'],
    ['a relative CA file', put('kafka.caFile', 'ca.pem'), 'kafka.caFile', 'invalid-format'],
    ['a registry URL that is not http(s)', put('registry.url', 'ftp://registry'), 'registry.url', 'invalid-format'],
    ['an issuer that is not a URL', put('auth.issuer', 'incheon realm'), 'auth.issuer', 'invalid-format'],
    ['a partner named by something else than a city id', put('auth.partnerIssuers', { Barcelona: 'http://idp/realms/barcelona' }), 'auth.partnerIssuers.Barcelona', 'invalid-key'],
    ['a passed variable that is not a variable name', put('passEnvironment', ['hmac secret']), 'passEnvironment.0', 'invalid-format'],
    ['a context this build does not know', put('contexts.billing', { port: 23018 }), 'contexts.billing', 'unknown-key'],
    ['an unknown key at the top', put('kafkaBrokers', '127.0.0.1:9092'), 'kafkaBrokers', 'unknown-key'],
    ['an unknown key in a context', put('contexts.ingest.replicas', 2), 'contexts.ingest.replicas', 'unknown-key'],
    ['a principal without password file', drop('contexts.ingest.kafka.passwordFile'), 'contexts.ingest.kafka.passwordFile', 'required'],
    ['a registry client with an empty id', put('contexts.ingest.registryClient.clientId', ''), 'contexts.ingest.registryClient.clientId', 'too-small'],
    ['a database URL of another scheme', put('contexts.ingest.database.url', 'mysql://ingest@db/usm'), 'contexts.ingest.database.url', 'invalid-format'],
    ['a setting that is not a variable name', put('contexts.privacy.settings', { 'policy-file': '/p.yaml' }), 'contexts.privacy.settings.policy-file', 'invalid-key'],
    ['a setting that is not a string', put('contexts.privacy.settings', { PRIVACY_MAX_CHUNK_RECORDS: 500 }), 'contexts.privacy.settings.PRIVACY_MAX_CHUNK_RECORDS', 'invalid-type'],
  ])('refuses %s', (_what, edit, field, rule) => {
    expect(refusalsOf(changed(edit))).toContainEqual({ field, rule });
  });

  it.each([
    ['no context at all', put('contexts', {}), 'contexts', 'min-one'],
    ['two contexts on one port', put('contexts.privacy.port', 23010), 'contexts.privacy.port', 'unique-port'],
    ['a context on the status port', put('contexts.ingest.port', 23019), 'contexts.ingest.port', 'unique-port'],
    ['PLAINTEXT Kafka on a secure node', put('kafka.securityProtocol', 'PLAINTEXT'), 'kafka.securityProtocol', 'insecure'],
    ['SASL_SSL without the CA', drop('kafka.caFile'), 'kafka.caFile', 'required-when'],
    ['a context without its own principal on SASL_SSL', drop('contexts.privacy.kafka'), 'contexts.privacy.kafka', 'required-when'],
    ['a secure node without an issuer', drop('auth.issuer'), 'auth.issuer', 'required-unless-insecure'],
    ['the node\'s own city as a partner', put('auth.partnerIssuers', { incheon: 'http://idp/realms/incheon' }), 'auth.partnerIssuers.incheon', 'not-self'],
    ['a setting that overrides the node\'s principal', put('contexts.ingest.settings', { KAFKA_SASL_USERNAME: 'admin' }), 'contexts.ingest.settings.KAFKA_SASL_USERNAME', 'derived'],
    ['a setting that moves the context\'s port', put('contexts.ingest.settings', { INGEST_PORT: '80' }), 'contexts.ingest.settings.INGEST_PORT', 'derived'],
  ])('refuses %s', (_what, edit, field, rule) => {
    expect(refusalsOf(changed(edit))).toEqual([{ field, rule }]);
  });

  it('names every bad field at once, never quoting a value', () => {
    const document = changed(put('city', 'Not A City'), put('statusPort', 0), put('registry.url', 'secret-registry-host'));
    let message = '';
    try {
      parseNodeConfig(schema, document);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(refusalsOf(document).map((v) => v.field)).toEqual(['city', 'statusPort', 'registry.url']);
    expect(message).not.toContain('Not A City');
    expect(message).not.toContain('secret-registry-host');
  });
});
