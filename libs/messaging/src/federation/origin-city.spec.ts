import { originCityOf } from './origin-city';

const partners = new Set(['incheon', 'barcelona']);

describe('originCityOf', () => {
  it.each([
    ['incheon.safety.events.anonymised.v1', 'incheon'],
    ['barcelona.safety.labels.v1', 'barcelona'],
    // Reached us through incheon, written in barcelona: barcelona's registry holds the ids.
    ['incheon.barcelona.safety.labels.v1', 'barcelona'],
    ['safety.events.anonymised.v1', undefined],
    ['osaka.safety.events.anonymised.v1', undefined],
    ['incheon', undefined],
  ])('%s comes from %s', (topic, city) => {
    expect(originCityOf(topic, partners)).toBe(city);
  });

  it('honours another replication separator', () => {
    expect(originCityOf('incheon_safety.labels.v1', partners, '_')).toBe('incheon');
  });
});
