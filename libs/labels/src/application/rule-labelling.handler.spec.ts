import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRuleSet } from '../domain/rule-set/rule-set.parser';
import { anonymisedEvent } from '../testing/anonymised-events.fixture';
import { InMemoryAnnotatableEvents, InMemoryLabelStore, RecordingLabelPublisher } from '../testing/in-memory-labels-ports';
import { RuleLabellingHandler } from './rule-labelling.handler';

const ruleSetOf = (city: string) => parseRuleSet(readFileSync(join(__dirname, '..', '..', 'rule-sets', `${city}-child-commute.yaml`), 'utf8'));
let now = Date.UTC(2026, 11, 4, 12);
const clock = { now: () => new Date((now += 1_000)) };

describe('rule labelling of the city\'s anonymised events', () => {
  // Thursday 3 December 2026, 08:00 in Seoul (23:00 UTC the day before), in a school-zone cell.
  const schoolRun = Date.UTC(2026, 11, 2, 23, 0);

  it('publishes the rule set\'s labels with a stable id per event, rule set and version, and keeps the event without pseudonyms', async () => {
    const events = new InMemoryAnnotatableEvents();
    const publisher = new RecordingLabelPublisher();
    const store = new InMemoryLabelStore();
    const handler = new RuleLabellingHandler('incheon', ruleSetOf('incheon'), events, publisher, store, clock);
    const event = anonymisedEvent({ eventId: '00000000-0000-4000-8000-000000000001', subCategory: 'hazardOnRoad', severity: 'high', occurredAtBucketStart: schoolRun });
    expect(await handler.handle(event)).toEqual({ status: 'labelled', labels: 1 });
    expect(await handler.handle(event)).toEqual({ status: 'labelled', labels: 1 });
    const [first, second] = publisher.published;
    expect(first).toMatchObject({ label: 'speedingNearSchool', ruleId: 'speeding-in-school-zone-on-the-school-run', provenance: { labellerKind: 'rule', labellerId: 'incheon-child-commute', labellerVersion: '1', confidence: 0.9 } });
    expect(second?.labelId).toBe(first?.labelId);
    expect(await store.ofEvent(event.eventId)).toHaveLength(1);
    expect(events.events.get(event.eventId)).toMatchObject({ reporterPseudonym: null, vehiclePseudonyms: [] });
  });

  it('skips another city\'s events and labels nothing where no rule holds', async () => {
    const publisher = new RecordingLabelPublisher();
    const handler = new RuleLabellingHandler('incheon', ruleSetOf('incheon'), new InMemoryAnnotatableEvents(), publisher, new InMemoryLabelStore(), clock);
    expect(await handler.handle(anonymisedEvent({ eventId: '00000000-0000-4000-8000-000000000002', city: 'barcelona' }))).toEqual({ status: 'skipped' });
    expect(await handler.handle(anonymisedEvent({ eventId: '00000000-0000-4000-8000-000000000003', subCategory: 'trafficJam' }))).toEqual({ status: 'labelled', labels: 0 });
    expect(publisher.published).toEqual([]);
  });

  it('ships a rule set per city that parses and names its city', () => {
    for (const city of ['incheon', 'barcelona', 'gwangju']) expect(ruleSetOf(city).city).toBe(city);
  });
});
