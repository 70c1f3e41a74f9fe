import fc from 'fast-check';
import { renderMirrorMakerProperties } from './mirror-maker-properties';
import type { ReplicationFlow } from './replication-flow';

function parse(text: string): Map<string, string> {
  return new Map(
    text.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => {
      const at = l.indexOf('=');
      return [l.slice(0, at), l.slice(at + 1)] as const;
    }),
  );
}

function stripped(properties: Map<string, string>, prefix: string): Map<string, string> {
  return new Map([...properties].filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v]));
}

/**
 * The isolation level MirrorMaker 2 (3.9) gives the replication consumer of `source->target`, following its own
 * resolution: MirrorMakerConfig.connectorBaseConfig turns `<source>.consumer.x` into the connector's
 * `source.consumer.x`, then applies `<source>-><target>.` overrides; top-level keys that are not connector config
 * names are dropped; MirrorConnectorConfig.sourceConsumerConfig reads `consumer.x`, then `source.consumer.x`.
 */
function replicationConsumerIsolation(properties: Map<string, string>, source: string, target: string): string {
  const connector = new Map<string, string>();
  for (const [k, v] of stripped(properties, `${source}.consumer.`)) connector.set(`source.consumer.${k}`, v);
  for (const [k, v] of stripped(properties, `${source}->${target}.`)) connector.set(k, v);
  const consumer = new Map([...stripped(connector, 'consumer.'), ...stripped(connector, 'source.consumer.')]);
  return consumer.get('isolation.level') ?? 'read_uncommitted';
}

const alias = fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/);

describe('renderMirrorMakerProperties: transactions end to end', () => {
  const clusters = [
    { alias: 'incheon', bootstrapServers: ['127.0.0.1:19092'] },
    { alias: 'barcelona', bootstrapServers: ['127.0.0.1:19192'] },
  ];

  it('gives the incheon -> barcelona replication consumer isolation.level=read_committed', () => {
    const properties = parse(renderMirrorMakerProperties(clusters, [{ source: 'incheon', target: 'barcelona', topics: ['safety.events.anonymised.v1'] }]));
    expect(properties.get('incheon.consumer.isolation.level')).toBe('read_committed');
    expect(properties.get('incheon->barcelona.source.consumer.isolation.level')).toBe('read_committed');
    expect(replicationConsumerIsolation(properties, 'incheon', 'barcelona')).toBe('read_committed');
  });

  it('never leaves the Java default (read_uncommitted) for any enabled flow of any plan', () => {
    fc.assert(
      fc.property(fc.uniqueArray(alias, { minLength: 2, maxLength: 5 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean())), (aliases, picks) => {
        const cs = aliases.map((a) => ({ alias: a, bootstrapServers: [`${a}:9092`] }));
        const flows: ReplicationFlow[] = [];
        for (const [s, t, withTopics] of picks) {
          const source = aliases[s % aliases.length] ?? '';
          const target = aliases[t % aliases.length] ?? '';
          if (source !== target && !flows.some((f) => f.source === source && f.target === target)) flows.push({ source, target, topics: withTopics ? ['safety.labels.v1'] : [] });
        }
        const properties = parse(renderMirrorMakerProperties(cs, flows));
        for (const flow of flows.filter((f) => f.topics.length > 0)) {
          expect(properties.get(`${flow.source}->${flow.target}.enabled`)).toBe('true');
          expect(replicationConsumerIsolation(properties, flow.source, flow.target)).toBe('read_committed');
        }
        expect([...properties.values()]).not.toContain('read_uncommitted');
      }),
    );
  });

  it('the resolution model itself falls back to the Java default when no scoped key is written', () => {
    expect(replicationConsumerIsolation(new Map([['source.consumer.isolation.level', 'read_committed']]), 'incheon', 'barcelona')).toBe('read_uncommitted');
  });
});
