// The ingest context's own validator is the oracle (internal to the context, so imported by path).
import { rawEventContract } from '../../libs/safety-events/src/application/raw-event-contract';
import { validateSafetyEvent } from '../../libs/safety-events/src/domain/validate-safety-event';
import { cityCentres, installationSite, installationsPerCity, roundSources, workloadEvent, workloadSources } from './workload';

const now = new Date('2026-12-04T12:00:00Z');

/** A seeded generator (mulberry32), so a failing event can be reproduced. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rulesOf = (city: string) => ({ contract: rawEventContract(), city, now: now.getTime(), maxClockSkewMs: 300_000, maxBatchSize: 500 });

describe('workload generator', () => {
  it.each(Object.keys(cityCentres))('makes events of every source in %s that the ingest contract accepts', (city) => {
    const random = seeded(city.length * 7919);
    for (let round = 0; round < 40; round += 1) {
      for (const source of workloadSources) {
        const event = workloadEvent(city, source, now, random, `0f8fad5b-d9cb-469f-a165-${String(round).padStart(12, '0')}`);
        const validation = validateSafetyEvent(event, rulesOf(city));
        expect(validation.ok ? [] : validation.violations).toEqual([]);
      }
    }
  });

  it('places events within about 5 km of the city and never in the future', () => {
    const random = seeded(42);
    for (const source of workloadSources) {
      const event = workloadEvent('barcelona', source, now, random) as { location: { latitude: number; longitude: number }; occurredAt: string };
      expect(Math.abs(event.location.latitude - 41.3874)).toBeLessThan(0.05);
      expect(Math.abs(event.location.longitude - 2.1686)).toBeLessThan(0.06);
      expect(Date.parse(event.occurredAt)).toBeLessThan(now.getTime());
    }
  });

  it('names sources the city registered, so shareable events can leave it; the MQTT sensor publishes as its device account', () => {
    const random = seeded(7);
    const systems = workloadSources.map((source) => ({ channel: source.channel, systemId: (workloadEvent('osaka', source, now, random)['source'] as { systemId: string }).systemId }));
    for (const { channel, systemId } of systems) expect(systemId).toMatch(channel === 'mqtt' ? /^demo-sensor-osaka$/ : /^osaka-[a-zA-Z]+-([1-9]|[1-3][0-9]|40)$/);
  });

  it('covers every source and both channels in one round of five', () => {
    const round = roundSources(5, 3);
    expect(new Set(round.map((s) => s.kind)).size).toBe(workloadSources.length);
    expect(new Set(round.map((s) => s.channel))).toEqual(new Set(['http', 'mqtt']));
  });

  it('reports radars and cameras from where they are mounted, so a round repeats a few school zones', () => {
    const random = seeded(11);
    const fixed = workloadSources.filter((s) => s.kind === 'trafficHazardDetector' || s.kind === 'cctvAnalytics');
    const events = Array.from({ length: 60 }, (_, i) => workloadEvent('incheon', fixed[i % fixed.length] as (typeof fixed)[number], now, random));
    for (const event of events) {
      const n = Number(/-(\d+)$/.exec((event['source'] as { systemId: string }).systemId)?.[1]);
      expect(event['location']).toEqual(installationSite('incheon', n));
    }
    expect(new Set(events.map((e) => JSON.stringify(e['location']))).size).toBe(installationsPerCity);
    const sites = Array.from({ length: installationsPerCity }, (_, i) => installationSite('incheon', i + 1));
    expect(new Set(sites.map((s) => JSON.stringify(s))).size).toBe(installationsPerCity);
  });

  it('refuses a city it has no centre for', () => {
    expect(() => workloadEvent('atlantis', workloadSources[0], now, Math.random)).toThrow('no centre known for atlantis');
  });
});
