import { ReplicationRefusedError } from './federation-errors';
import { decideReplication, sameFlows } from './replication-decision';
import type { ReplicableTopic, SharingAgreement } from './replication-flow';

const topics: Record<string, ReplicableTopic> = {
  'safety.events.anonymised.v1': { name: 'safety.events.anonymised.v1', shareable: true, directFields: [] },
  'safety.labels.v1': { name: 'safety.labels.v1', shareable: true, directFields: [] },
  'safety.events.raw.v1': { name: 'safety.events.raw.v1', shareable: false, directFields: ['reporter.name'] },
};
const lookup = (name: string) => topics[name];
const active = (topicNames: string[], partner = 'barcelona'): SharingAgreement => ({ agreementId: `agr-${partner}`, partner, partnerKind: 'city', topics: topicNames, status: 'active' });
const flow = (target: string, topicNames: string[]) => ({ source: 'incheon', target, topics: topicNames });

describe('decideReplication', () => {
  it('is changed when an agreement comes into force, naming the previous and the new flows', () => {
    const decision = decideReplication({ localCity: 'incheon', agreements: [active(['safety.events.anonymised.v1'])], lookup, applied: [] });
    expect(decision).toEqual({ kind: 'changed', previous: [], flows: [flow('barcelona', ['safety.events.anonymised.v1'])] });
  });

  it('is changed to no flows when the last agreement ends', () => {
    const decision = decideReplication({ localCity: 'incheon', agreements: [{ ...active(['safety.events.anonymised.v1']), status: 'terminated' }], lookup, applied: [flow('barcelona', ['safety.events.anonymised.v1'])] });
    expect(decision).toEqual({ kind: 'changed', previous: [flow('barcelona', ['safety.events.anonymised.v1'])], flows: [] });
  });

  it('is unchanged when the plan equals what runs, e.g. a second agreement for the same topic', () => {
    const agreements = [active(['safety.events.anonymised.v1']), { ...active(['safety.events.anonymised.v1']), agreementId: 'agr-2' }];
    expect(decideReplication({ localCity: 'incheon', agreements, lookup, applied: [flow('barcelona', ['safety.events.anonymised.v1'])] }).kind).toBe('unchanged');
  });

  it('is refused, keeping the flows that run, when an agreement covers a raw topic', () => {
    const applied = [flow('barcelona', ['safety.labels.v1'])];
    const decision = decideReplication({ localCity: 'incheon', agreements: [active(['safety.labels.v1']), active(['safety.events.raw.v1'], 'osaka')], lookup, applied });
    expect(decision.kind).toBe('refused');
    if (decision.kind !== 'refused') return;
    expect(decision.previous).toBe(applied);
    expect(decision.error).toBeInstanceOf(ReplicationRefusedError);
    expect(decision.error.code).toBe('FEDERATION.TOPIC_NOT_SHAREABLE');
  });

  it('compares flows by cities and topics', () => {
    expect(sameFlows([flow('barcelona', ['a', 'b'])], [flow('barcelona', ['b', 'a'])])).toBe(true);
    expect(sameFlows([flow('barcelona', ['a'])], [flow('osaka', ['a'])])).toBe(false);
    expect(sameFlows([], [])).toBe(true);
  });
});
