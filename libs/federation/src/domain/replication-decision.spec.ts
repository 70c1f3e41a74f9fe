import { ReplicationRefusedError } from './federation-errors';
import { sameFlows, wantedReplication } from './replication-decision';
import type { ReplicableTopic, SharingAgreement } from './replication-flow';

const anonymised = 'safety.events.anonymised.v1';
const labels = 'safety.labels.v1';
const topics: Record<string, ReplicableTopic> = {
  [anonymised]: { name: anonymised, shareable: true, directFields: [] },
  [labels]: { name: labels, shareable: true, directFields: [] },
  'safety.events.raw.v1': { name: 'safety.events.raw.v1', shareable: false, directFields: ['reporter.name'] },
};
const lookup = (name: string) => topics[name];
const active = (id: string, topicNames: string[], partner = 'barcelona', validUntil: number | null = null): SharingAgreement => ({ agreementId: id, partner, partnerKind: 'city', topics: topicNames, status: 'active', validUntil });
const flow = (target: string, topicNames: string[]) => ({ source: 'incheon', target, topics: topicNames });
const now = Date.parse('2026-06-01T00:00:00Z');
const wanted = (agreements: SharingAgreement[], at = now) => wantedReplication({ localCity: 'incheon', agreements, lookup, now: at, topicPrefix: 'p-' });

describe('wantedReplication', () => {
  it('gives the flows and the partner rules of the agreements in force', () => {
    const result = wanted([active('agr-1', [anonymised]), { ...active('agr-2', [labels], 'osaka'), status: 'suspended' }]);
    expect(result.flows).toEqual([flow('barcelona', [anonymised])]);
    expect(result.acls.map((a) => [a.principal, a.name, a.operation])).toEqual([
      ['partner-barcelona', `p-${anonymised}`, 'describe'],
      ['partner-barcelona', `p-${anonymised}`, 'describe-configs'],
      ['partner-barcelona', `p-${anonymised}`, 'read'],
    ]);
    expect(result.refused).toEqual([]);
  });

  it('refuses only the agreement that covers a raw topic: every other agreement keeps its flow and rules', () => {
    const result = wanted([active('good', [labels]), active('bad', ['safety.events.raw.v1', anonymised], 'osaka')]);
    expect(result.flows).toEqual([flow('barcelona', [labels])]);
    expect(result.acls.every((a) => a.principal === 'partner-barcelona' && a.name === `p-${labels}`)).toBe(true);
    expect(result.refused).toHaveLength(1);
    expect(result.refused[0]?.agreementId).toBe('bad');
    expect(result.refused[0]?.error).toBeInstanceOf(ReplicationRefusedError);
    expect(result.refused[0]?.error.code).toBe('FEDERATION.TOPIC_NOT_SHAREABLE');
  });

  it('lets a refused agreement give nothing even for its shareable topics, and still follows the end of another agreement', () => {
    const result = wanted([{ ...active('good', [labels]), status: 'terminated' }, active('bad', ['safety.events.raw.v1', anonymised])]);
    expect(result.flows).toEqual([]);
    expect(result.acls).toEqual([]);
  });

  it('stops counting an agreement at its validUntil (exclusive) and names the next expiry', () => {
    const until = now + 60_000;
    const agreements = [active('short', [anonymised], 'barcelona', until), active('long', [labels], 'osaka', until + 1), active('open', [labels], 'barcelona')];
    expect(wanted(agreements).nextExpiry).toEqual({ at: until, agreementId: 'short' });
    const before = wanted(agreements, until - 1);
    expect(before.flows).toEqual([flow('barcelona', [anonymised, labels]), flow('osaka', [labels])]);
    const at = wanted(agreements, until);
    expect(at.flows).toEqual([flow('barcelona', [labels]), flow('osaka', [labels])]);
    expect(at.acls.some((a) => a.name === `p-${anonymised}`)).toBe(false);
    expect(at.nextExpiry).toEqual({ at: until + 1, agreementId: 'long' });
    expect(wanted(agreements, until + 1).nextExpiry).toBeNull();
  });

  it('gives no flow and no rule to a company partner or to an agreement naming this city', () => {
    const result = wanted([{ ...active('co', [anonymised], 'acme'), partnerKind: 'company' }, active('self', [anonymised], 'incheon')]);
    expect(result.flows).toEqual([]);
    expect(result.acls).toEqual([]);
    expect(result.refused.map((r) => [r.agreementId, r.error.code])).toEqual([['self', 'FEDERATION.INVALID_PARTNER']]);
  });

  it('compares flows by cities and topics', () => {
    expect(sameFlows([flow('barcelona', ['a', 'b'])], [flow('barcelona', ['b', 'a'])])).toBe(true);
    expect(sameFlows([flow('barcelona', ['a'])], [flow('osaka', ['a'])])).toBe(false);
    expect(sameFlows([], [])).toBe(true);
  });
});
