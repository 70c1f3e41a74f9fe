import { buildReplicationPlan } from './build-replication-plan';
import { ReplicationRefusedError } from './federation-errors';
import type { ReplicableTopic, SharingAgreement } from './replication-flow';

const topics: Record<string, ReplicableTopic> = {
  'safety.events.anonymised.v1': { name: 'safety.events.anonymised.v1', shareable: true, directFields: [] },
  'safety.labels.v1': { name: 'safety.labels.v1', shareable: true, directFields: [] },
  'safety.events.raw.v1': { name: 'safety.events.raw.v1', shareable: false, directFields: ['reporter.name'] },
  'leaky.v1': { name: 'leaky.v1', shareable: true, directFields: ['reporter.phone'] },
};
const lookup = (name: string): ReplicableTopic | undefined => topics[name];
const agreement = (overrides: Partial<SharingAgreement>): SharingAgreement => ({
  agreementId: 'agr-1',
  partner: 'barcelona',
  partnerKind: 'city',
  topics: ['safety.events.anonymised.v1'],
  status: 'active',
  ...overrides,
});

describe('buildReplicationPlan', () => {
  it('gives each partner city with an active agreement one flow with the union of its agreed topics', () => {
    const plan = buildReplicationPlan('incheon', [
      agreement({ agreementId: 'a', topics: ['safety.labels.v1'] }),
      agreement({ agreementId: 'b', topics: ['safety.events.anonymised.v1', 'safety.labels.v1'] }),
      agreement({ agreementId: 'c', partner: 'osaka' }),
    ], lookup);
    expect(plan).toEqual([
      { source: 'incheon', target: 'barcelona', topics: ['safety.events.anonymised.v1', 'safety.labels.v1'] },
      { source: 'incheon', target: 'osaka', topics: ['safety.events.anonymised.v1'] },
    ]);
  });

  it.each(['draft', 'proposed', 'suspended', 'terminated'] as const)('replicates nothing under a %s agreement', (status) => {
    expect(buildReplicationPlan('incheon', [agreement({ status })], lookup)).toEqual([]);
  });

  it('replicates nothing to a company partner: companies have no cluster to mirror to', () => {
    expect(buildReplicationPlan('incheon', [agreement({ partnerKind: 'company', partner: 'acme-ai' })], lookup)).toEqual([]);
  });

  it('refuses the whole plan when an agreement covers a topic that never leaves the city', () => {
    const build = () => buildReplicationPlan('incheon', [agreement({}), agreement({ agreementId: 'bad', topics: ['safety.events.raw.v1'] })], lookup);
    expect(build).toThrow(ReplicationRefusedError);
    expect(build).toThrow(/safety\.events\.raw\.v1 never leaves the city; agreement bad/);
  });

  it('refuses a shareable topic whose schema has a direct field, naming the field', () => {
    const build = () => buildReplicationPlan('incheon', [agreement({ topics: ['leaky.v1'] })], lookup);
    expect(build).toThrow(/directly identifying fields \(reporter\.phone\)/);
  });

  it('refuses a topic missing from the catalog and an agreement with itself', () => {
    expect(() => buildReplicationPlan('incheon', [agreement({ topics: ['nope.v1'] })], lookup)).toThrow(/not in the topic catalog/);
    expect(() => buildReplicationPlan('incheon', [agreement({ partner: 'incheon' })], lookup)).toThrow(/its own partner/);
  });
});
