import type { CityStack, StackDescription } from '@usm/testing';
import { handMadeFlowAcls, mirrorMakerPropertiesFor, parseFlow } from './mirror-maker';

const city = (name: string, port: number): CityStack => ({
  city: name,
  kafka: {
    bootstrapServers: [`127.0.0.1:${port}`],
    controller: '',
    pid: 1,
    logFile: '',
    security: {
      protocol: 'SASL_SSL',
      mechanism: 'scram-sha-512',
      caFile: `/state/secrets/${name}/kafka/ca.pem`,
      principals: Object.fromEntries(['admin', 'partner-incheon', 'partner-barcelona', 'mm2-incheon', 'mm2-barcelona'].map((p) => [p, { username: p, passwordFile: `/state/secrets/${name}/kafka/${p}.password` }])),
    },
  },
  registry: { url: '', healthUrl: '', pid: 1, logFile: '', clients: {} },
  database: { url: '', services: {} },
  identity: { issuer: '', tokenUrl: '', jwksUrl: '', clients: {} },
  services: {},
});
const stack: StackDescription = { version: 1, updatedAt: '', cities: { incheon: city('incheon', 19092), barcelona: city('barcelona', 19192) }, replication: { flows: [] } };

describe('parseFlow', () => {
  it('reads source, target and sorted topics', () => {
    expect(parseFlow('incheon>barcelona:safety.labels.v1,safety.events.anonymised.v1')).toEqual({
      source: 'incheon',
      target: 'barcelona',
      topics: ['safety.events.anonymised.v1', 'safety.labels.v1'],
    });
  });

  it('names the expected form when a flow is malformed', () => {
    expect(() => parseFlow('incheon-barcelona')).toThrow(/<source>><target>:<topic>/);
    expect(() => parseFlow('Incheon>barcelona:t')).toThrow(/Invalid flow/);
  });
});

describe('mirrorMakerPropertiesFor (hand-made flows)', () => {
  it('has the source consumers read committed records only, like the federation service', () => {
    const lines = mirrorMakerPropertiesFor(stack, [parseFlow('incheon>barcelona:safety.events.anonymised.v1')]).split('\n');
    expect(lines).toContain('incheon.consumer.isolation.level=read_committed');
    expect(lines).toContain('incheon->barcelona.source.consumer.isolation.level=read_committed');
    expect(lines.filter((line) => line.includes('read_uncommitted'))).toEqual([]);
  });

  it('writes into each city as mm2-<source> issued by it and reads the source as partner-<target>, passwords by file reference', () => {
    const text = mirrorMakerPropertiesFor(stack, [parseFlow('incheon>barcelona:safety.events.anonymised.v1')]);
    const lines = text.split('\n');
    expect(lines).toContain('barcelona.security.protocol=SASL_SSL');
    expect(lines).toContain('barcelona.ssl.truststore.location=/state/secrets/barcelona/kafka/ca.pem');
    expect(lines).toContain('barcelona.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="mm2-incheon" password="${dir:/state/secrets/barcelona/kafka:mm2-incheon.password}";');
    expect(lines).toContain('incheon->barcelona.source.consumer.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="partner-barcelona" password="${dir:/state/secrets/incheon/kafka:partner-barcelona.password}";');
  });

  it('lets partner-<target> read the flow topics in the source and mm2-<source> write its prefix in the target', () => {
    const acls = handMadeFlowAcls([parseFlow('incheon>barcelona:safety.labels.v1')]);
    expect(acls.get('incheon')?.map((b) => `${b.principal} ${b.operation} ${b.name}`)).toEqual([
      'partner-barcelona read safety.labels.v1',
      'partner-barcelona describe safety.labels.v1',
      'partner-barcelona describe-configs safety.labels.v1',
    ]);
    expect(acls.get('barcelona')?.every((b) => b.principal === 'mm2-incheon')).toBe(true);
    expect(acls.get('barcelona')).toContainEqual({ principal: 'mm2-incheon', resource: 'topic', name: 'incheon.', pattern: 'prefixed', operation: 'write' });
  });

  it('names a city that is not running', () => {
    expect(() => mirrorMakerPropertiesFor(stack, [parseFlow('osaka>barcelona:safety.labels.v1')])).toThrow(/City osaka is not running/);
  });
});
