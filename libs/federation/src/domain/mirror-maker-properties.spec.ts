import { renderMirrorMakerProperties } from './mirror-maker-properties';

const clusters = [
  { alias: 'incheon', bootstrapServers: ['127.0.0.1:19092'] },
  { alias: 'barcelona', bootstrapServers: ['127.0.0.1:19192'] },
];

/** Parses .properties the way java.util.Properties does for the subset we emit (no continuations). */
function parse(text: string): Map<string, string> {
  return new Map(
    text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => {
      const at = l.indexOf('=');
      return [l.slice(0, at), l.slice(at + 1).replace(/\\(.)/g, '$1')] as const;
    }),
  );
}

describe('renderMirrorMakerProperties', () => {
  const properties = parse(renderMirrorMakerProperties(clusters, [{ source: 'incheon', target: 'barcelona', topics: ['safety.events.anonymised.v1', 'safety.labels.v1'] }]));

  it('enables exactly the generated flows and disables every other direction', () => {
    expect(properties.get('incheon->barcelona.enabled')).toBe('true');
    expect(properties.get('barcelona->incheon.enabled')).toBe('false');
    expect(properties.get('barcelona->incheon.topics')).toBeUndefined();
  });

  it('lists each topic as an exact-match pattern', () => {
    const patterns = (properties.get('incheon->barcelona.topics') ?? '').split(',').map((p) => new RegExp(`^${p}$`));
    expect(patterns.map((p) => p.test('safety.events.anonymised.v1'))).toEqual([true, false]);
    expect(patterns.some((p) => p.test('safetyXeventsXanonymisedXv1'))).toBe(false);
    expect(patterns.some((p) => p.test('safety.events.raw.v1'))).toBe(false);
  });

  it('fits one broker per city: every replication factor is 1 and heartbeats (a reverse herder) are off', () => {
    for (const key of ['replication.factor', 'offset-syncs.topic.replication.factor', 'checkpoints.topic.replication.factor', 'config.storage.replication.factor', 'offset.storage.replication.factor', 'status.storage.replication.factor']) {
      expect(properties.get(key)).toBe('1');
    }
    expect(properties.get('emit.heartbeats.enabled')).toBe('false');
    expect(properties.get('incheon.bootstrap.servers')).toBe('127.0.0.1:19092');
  });

  it('discovers Connect plugins by ServiceLoader only, for MirrorMaker and each herder: a reflective scan costs seconds per start', () => {
    expect(properties.get('plugin.discovery')).toBe('service_load');
    expect(properties.get('incheon.plugin.discovery')).toBe('service_load');
    expect(properties.get('barcelona.plugin.discovery')).toBe('service_load');
  });

  it('keeps the Connect configuration of each plan in a topic of its own, so a restart never runs tasks of another plan', () => {
    const other = parse(renderMirrorMakerProperties(clusters, [{ source: 'incheon', target: 'barcelona', topics: ['safety.labels.v1'] }]));
    const same = parse(renderMirrorMakerProperties(clusters, [{ source: 'incheon', target: 'barcelona', topics: ['safety.labels.v1', 'safety.events.anonymised.v1'] }]));
    expect(properties.get('config.storage.topic')).toMatch(/^mm2-configs\.incheon\.[0-9a-f]{8}\.internal$/);
    expect(other.get('config.storage.topic')).not.toBe(properties.get('config.storage.topic'));
    expect(same.get('config.storage.topic')).toBe(properties.get('config.storage.topic'));
    expect(properties.get('offset.storage.topic')).toBeUndefined();
  });

  it('disables a flow whose topic list is empty', () => {
    const empty = parse(renderMirrorMakerProperties(clusters, [{ source: 'incheon', target: 'barcelona', topics: [] }]));
    expect(empty.get('incheon->barcelona.enabled')).toBe('false');
  });

  it('keeps offset syncs in the target, so a partner principal needs nothing but reads in the source', () => {
    expect(properties.get('offset-syncs.topic.location')).toBe('target');
  });
});

describe('renderMirrorMakerProperties on secured clusters (SASL_SSL, SCRAM-SHA-512)', () => {
  const secured = (alias: string) => ({
    alias,
    bootstrapServers: [`${alias}:9092`],
    security: {
      caFile: `/secrets/${alias}/ca.pem`,
      passwordFiles: Object.fromEntries(['mm2-incheon', 'mm2-barcelona', 'partner-incheon', 'partner-barcelona', 'partner-osaka'].map((p) => [p, `/secrets/${alias}/${p}.password`])),
    },
  });
  const text = renderMirrorMakerProperties([secured('incheon'), secured('barcelona'), secured('osaka')], [
    { source: 'incheon', target: 'barcelona', topics: ['safety.labels.v1'] },
    { source: 'incheon', target: 'osaka', topics: ['safety.labels.v1'] },
  ]);
  const properties = parse(text);
  const login = (user: string, file: string) => `org.apache.kafka.common.security.scram.ScramLoginModule required username="${user}" password="\${dir:${file.slice(0, file.lastIndexOf('/'))}:${file.slice(file.lastIndexOf('/') + 1)}}";`;

  it('trusts each city\'s CA and writes into each target as mm2-<source>, issued by that target', () => {
    expect(properties.get('barcelona.security.protocol')).toBe('SASL_SSL');
    expect(properties.get('barcelona.sasl.mechanism')).toBe('SCRAM-SHA-512');
    expect(properties.get('barcelona.ssl.truststore.type')).toBe('PEM');
    expect(properties.get('barcelona.ssl.truststore.location')).toBe('/secrets/barcelona/ca.pem');
    expect(properties.get('barcelona.sasl.jaas.config')).toBe(login('mm2-incheon', '/secrets/barcelona/mm2-incheon.password'));
    expect(properties.get('osaka.sasl.jaas.config')).toBe(login('mm2-incheon', '/secrets/osaka/mm2-incheon.password'));
    expect(properties.get('incheon.sasl.jaas.config')).toBeUndefined();
  });

  it('reads the source of each flow as partner-<target>, issued by the source, for every client of its connectors', () => {
    for (const client of ['cluster', 'consumer', 'admin', 'producer']) {
      expect(properties.get(`incheon->barcelona.source.${client}.sasl.jaas.config`)).toBe(login('partner-barcelona', '/secrets/incheon/partner-barcelona.password'));
      expect(properties.get(`incheon->osaka.source.${client}.sasl.jaas.config`)).toBe(login('partner-osaka', '/secrets/incheon/partner-osaka.password'));
    }
  });

  it('never writes a password, only references Kafka\'s DirectoryConfigProvider resolves', () => {
    expect(properties.get('config.providers')).toBe('dir');
    expect(properties.get('config.providers.dir.class')).toBe('org.apache.kafka.common.config.provider.DirectoryConfigProvider');
    expect([...properties.values()].filter((v) => v.includes('password=')).every((v) => /password="\$\{dir:[^}]+\}"/.test(v))).toBe(true);
  });

  it('refuses a secured cluster without the password file of a principal it needs', () => {
    const bare = { ...secured('barcelona'), security: { caFile: '/ca.pem', passwordFiles: {} } };
    expect(() => renderMirrorMakerProperties([secured('incheon'), bare], [{ source: 'incheon', target: 'barcelona', topics: ['t'] }])).toThrow(/mm2-incheon issued by barcelona/);
  });
});
