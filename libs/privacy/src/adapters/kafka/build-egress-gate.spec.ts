import { topicCatalog } from '@usm/contracts';
import { Registry } from 'prom-client';
import type { AnonymisedSafetyEvent } from '../../domain/contract/anonymised-safety-event';
import type { RawSafetyEvent } from '../../domain/contract/raw-safety-event';
import { buildEgressGate } from './build-egress-gate';

const raw = { reporter: { name: 'Hans Müller', phone: null, email: null }, vehiclePlates: [], mediaLinks: [], deviceId: null, address: null } as unknown as RawSafetyEvent;
const event = (description: string | null) => ({ eventId: '5f0c6a4e-8a3b-4c1d-9e2f-0123456789ab', description, attributes: {}, vehiclePseudonyms: [], privacy: { policyVersion: '2026-11-21.1', keyId: 'k1' } }) as unknown as AnonymisedSafetyEvent;

describe('buildEgressGate', () => {
  it("stops an event that still names the raw event's reporter, and counts it by kind only when told it committed", async () => {
    const registry = new Registry();
    const { gate, rate } = buildEgressGate('k1', registry, { minRecords: 1, maxQuarantineRate: 0.4 });
    expect(gate.quarantineTopic).toBe(topicCatalog.safetyEventsQuarantine.name);
    const verdict = gate.guard(event('Anwohner Hans Müller rief an'), raw);
    expect(verdict).toMatchObject({ clean: false, kinds: expect.arrayContaining(['name']), fields: ['description'] });
    expect(gate.guard(event('Stau am Bahnhof'), raw)).toEqual({ clean: true });

    expect(await registry.getSingleMetricAsString('usm_privacy_quarantined_total')).not.toMatch(/kind="name"/);
    gate.guarded(true, ['name']);
    gate.guarded(false, []);
    expect(await registry.getSingleMetricAsString('usm_privacy_quarantined_total')).toMatch(/^usm_privacy_quarantined_total\{kind="name"\} 1$/m);
    expect(rate.snapshot()).toMatchObject({ guarded: 2, quarantined: 1, tooHigh: true });
  });

  it('shares the counter when a second pipeline registers in the same registry', () => {
    const registry = new Registry();
    buildEgressGate('k1', registry);
    expect(() => buildEgressGate('k1', registry)).not.toThrow();
  });
});
