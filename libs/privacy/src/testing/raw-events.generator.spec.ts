import { topicCatalog, valueTypeOf } from '@usm/contracts';
import { cityFixtures } from './city-fixtures';
import { generateIdentifierCorpus } from './corpus/identifier-corpus';
import { generateRawEvents } from './raw-events.generator';

describe('generateRawEvents', () => {
  const corpus = generateIdentifierCorpus(5, 21);
  const events = generateRawEvents(8, 240, corpus);
  const values = new Set(corpus.map((identifier) => identifier.value));

  it('is the same for the same seed and corpus', () => {
    expect(generateRawEvents(8, 240, corpus)).toEqual(events);
    expect(generateRawEvents(9, 240, corpus)).not.toEqual(events);
  });

  it('makes valid RawSafetyEvents', () => {
    const rawType = valueTypeOf(topicCatalog.safetyEventsRaw);
    for (const event of events) expect(rawType.isValid(event)).toBe(true);
  });

  it('spreads events over the six cities, each at an exact point inside its city', () => {
    expect(new Set(events.map((event) => event.city))).toEqual(new Set(cityFixtures.map((city) => city.id)));
    for (const event of events) {
      const city = cityFixtures.find((candidate) => candidate.id === event.city);
      expect(Math.abs(event.location.latitude - (city?.centre.latitude ?? 0))).toBeLessThanOrEqual(city?.spread ?? 0);
      expect(Math.abs(event.location.longitude - (city?.centre.longitude ?? 0))).toBeLessThanOrEqual(city?.spread ?? 0);
      expect(String(event.location.latitude).split('.')[1]?.length ?? 0).toBeGreaterThanOrEqual(3);
    }
  });

  it('puts corpus identifiers in structured fields', () => {
    const structured = events.flatMap((event) => [
      event.reporter?.name, event.reporter?.phone, event.reporter?.email, event.deviceId, ...event.vehiclePlates, ...event.mediaLinks,
    ]);
    const fromCorpus = structured.filter((value): value is string => typeof value === 'string');
    expect(fromCorpus.length).toBeGreaterThan(200);
    for (const value of fromCorpus) expect(values.has(value)).toBe(true);
  });

  it('puts corpus identifiers of every detectable kind in free text and attributes', () => {
    const text = events.flatMap((event) => [event.description ?? '', ...Object.values(event.attributes)]).join('\n');
    for (const kind of ['rrn', 'phone', 'email', 'plate', 'ip', 'mac', 'card', 'url'] as const) {
      expect(corpus.some((identifier) => identifier.kind === kind && text.includes(identifier.value))).toBe(true);
    }
  });

  it("writes the reporter's own name and the event's own coordinates into some descriptions", () => {
    expect(events.some((event) => event.reporter?.name && event.description?.includes(event.reporter.name))).toBe(true);
    expect(events.some((event) => event.description?.includes(event.location.latitude.toFixed(6)))).toBe(true);
  });

  it('writes in the languages of the cities', () => {
    const descriptions = events.map((event) => event.description ?? '').join(' ');
    for (const script of [/\p{Script=Hangul}/u, /\p{Script=Hiragana}/u, /\p{Script=Han}/u, /Personen|Anrufer/, /personas|vecino/, /people|Caller/]) {
      expect(descriptions).toMatch(script);
    }
  });
});
