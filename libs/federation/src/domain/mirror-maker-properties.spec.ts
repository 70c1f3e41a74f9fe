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
});
