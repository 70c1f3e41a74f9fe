import { wantedReplication } from './replication-decision';
import type { ReplicableTopic, SharingAgreement } from './replication-flow';

const anonymised = 'safety.events.anonymised.v1';
const retractions = 'safety.events.retractions.v1';
const labels = 'safety.labels.v1';
const topics: Record<string, ReplicableTopic> = {
  [anonymised]: { name: anonymised, shareable: true, directFields: [], followers: [retractions] },
  [retractions]: { name: retractions, shareable: true, directFields: [] },
  [labels]: { name: labels, shareable: true, directFields: [] },
  'local.follower.v1': { name: 'local.follower.v1', shareable: false, directFields: [] },
  'leads.local.v1': { name: 'leads.local.v1', shareable: true, directFields: [], followers: ['local.follower.v1'] },
};
const lookup = (name: string): ReplicableTopic | undefined => topics[name];
const active = (id: string, topicNames: string[], partner = 'barcelona'): SharingAgreement => ({ agreementId: id, partner, partnerKind: 'city', topics: topicNames, status: 'active' });
const wanted = (agreements: SharingAgreement[]) => wantedReplication({ localCity: 'incheon', agreements, lookup, now: Date.parse('2026-06-01T00:00:00Z'), topicPrefix: 'p-' });
const readable = (result: ReturnType<typeof wanted>, principal: string) => result.acls.filter((a) => a.principal === principal && a.operation === 'read').map((a) => a.name);

describe('wantedReplication with topics that follow others', () => {
  it('replicates the retraction notices, and lets the partner read them, wherever an agreement shares anonymised events', () => {
    const result = wanted([active('agr-1', [anonymised])]);
    expect(result.flows).toEqual([{ source: 'incheon', target: 'barcelona', topics: [anonymised, retractions] }]);
    expect(readable(result, 'partner-barcelona')).toEqual([`p-${anonymised}`, `p-${retractions}`]);
    expect(result.acls.filter((a) => a.name === `p-${retractions}`).map((a) => a.operation)).toEqual(['describe', 'describe-configs', 'read']);
  });

  it('sends the notices only to partners receiving the events they retract', () => {
    const result = wanted([active('agr-1', [anonymised]), active('agr-2', [labels], 'osaka')]);
    expect(result.flows.find((f) => f.target === 'osaka')?.topics).toEqual([labels]);
    expect(readable(result, 'partner-osaka')).toEqual([`p-${labels}`]);
  });

  it('gives the notices nothing of their own once the agreement sharing the events ends', () => {
    const result = wanted([{ ...active('agr-1', [anonymised]), status: 'terminated' }]);
    expect(result.flows).toEqual([]);
    expect(result.acls).toEqual([]);
  });

  it('lists a follower once when the agreement names it too', () => {
    expect(wanted([active('agr-1', [retractions, anonymised])]).flows[0]?.topics).toEqual([anonymised, retractions]);
  });

  it('refuses an agreement whose topic drags along a follower that may not leave the city', () => {
    const result = wanted([active('agr-1', ['leads.local.v1']), active('agr-2', [labels])]);
    expect(result.refused.map((r) => [r.agreementId, r.error.code])).toEqual([['agr-1', 'FEDERATION.TOPIC_NOT_SHAREABLE']]);
    expect(result.flows).toEqual([{ source: 'incheon', target: 'barcelona', topics: [labels] }]);
  });
});
