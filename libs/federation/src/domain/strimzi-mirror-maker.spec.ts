import { singleBrokerSettings } from './mirror-maker-properties';
import { exactTopicsPattern, kafkaMirrorMaker2Of, kafkaMirrorMaker2sOf } from './strimzi-mirror-maker';

const incheon = { city: 'incheon', bootstrapServers: 'incheon-kafka-bootstrap:9093', caSecret: 'incheon-cluster-ca-cert' };
const barcelona = { city: 'barcelona', bootstrapServers: 'kafka.barcelona.example:9093', caSecret: 'barcelona-cluster-ca-cert' };
const flow = { source: 'incheon', target: 'barcelona', topics: ['safety.events.anonymised.v1', 'safety.labels.v1'] };

describe('KafkaMirrorMaker2 of a flow', () => {
  it('reads the source as partner-<target> and writes into the target as mm2-<source>, with its Connect topics named for the grants', () => {
    const spec = kafkaMirrorMaker2Of(flow, incheon, barcelona, singleBrokerSettings).spec as { target: Record<string, unknown>; mirrors: { source: Record<string, unknown> }[] };
    expect(spec.target).toMatchObject({
      alias: 'barcelona',
      groupId: 'incheon-mm2',
      configStorageTopic: 'mm2-configs.incheon.internal',
      offsetStorageTopic: 'mm2-offsets.incheon.internal',
      statusStorageTopic: 'mm2-status.incheon.internal',
      authentication: { type: 'scram-sha-512', username: 'mm2-incheon', passwordSecret: { secretName: 'mm2-incheon-at-barcelona', password: 'password' } },
    });
    expect(spec.mirrors[0]?.source).toMatchObject({ alias: 'incheon', authentication: { username: 'partner-barcelona' } });
  });

  it('mirrors exactly the flow topics: the pattern matches them and no other name', () => {
    const pattern = new RegExp(`^(?:${exactTopicsPattern(flow.topics)})$`);
    expect(flow.topics.every((t) => pattern.test(t))).toBe(true);
    expect(['safety.events.raw.v1', 'safetyXevents.anonymised.v1', 'safety.labels.v1.dlq', 'barcelona.safety.labels.v1'].some((t) => pattern.test(t))).toBe(false);
  });

  it('makes one resource per flow that carries topics and refuses a partner without a cluster', () => {
    const flows = [flow, { source: 'incheon', target: 'osaka', topics: [] }];
    expect(kafkaMirrorMaker2sOf(flows, incheon, [barcelona], singleBrokerSettings).map((r) => r.metadata.name)).toEqual(['incheon-to-barcelona']);
    expect(() => kafkaMirrorMaker2sOf([{ ...flow, target: 'osaka' }], incheon, [barcelona], singleBrokerSettings)).toThrow(/osaka/);
  });
});
