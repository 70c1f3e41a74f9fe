import { alertSeveritySymbols, alertSubCategories } from '@usm/contracts';
import type { PostalAddress, RawSafetyEvent, Reporter } from '../domain/contract/raw-safety-event';
import type { AlertCategory } from '../domain/contract/safety-event-enums';
import type { CityFixture } from './city-fixtures';
import { cityFixtures } from './city-fixtures';
import type { CorpusIdentifier } from './corpus/corpus-identifier';
import { pointIn } from './corpus/geo-formats';
import type { CorpusPick } from './raw-event-parts';
import { corpusPicker, legalBasisOf, sourceKinds, uuidOf } from './raw-event-parts';
import { reportText } from './raw-event-text';
import type { SeededRandom } from './seeded-random';
import { seededRandom } from './seeded-random';

const november2026 = Date.UTC(2026, 10, 1);
const orNull = <T>(random: SeededRandom, probability: number, make: () => T): T | null => (random.chance(probability) ? make() : null);

function reporterOf(random: SeededRandom, pick: CorpusPick, calls: boolean): Reporter | null {
  if (!calls && !random.chance(0.3)) return null;
  return { name: orNull(random, 0.8, () => pick('name')), phone: orNull(random, 0.8, () => pick('phone')), email: orNull(random, 0.5, () => pick('email')) };
}

function addressOf(random: SeededRandom, city: CityFixture): PostalAddress {
  return {
    streetAddress: `${random.pick(city.streets)} ${random.int(1, 400)}`,
    district: random.pick(city.districts),
    locality: city.locality,
    postalCode: orNull(random, 0.8, () => city.postalCode(random.int(0, 9999))),
    country: city.country,
  };
}

function attributesOf(random: SeededRandom, pick: CorpusPick, note: () => string): Record<string, string> {
  const attributes: Record<string, string> = { lane: String(random.int(1, 4)), speedKmh: String(random.int(20, 120)) };
  if (random.chance(0.5)) attributes['operatorNote'] = note();
  if (random.chance(0.4)) attributes['cameraIp'] = pick('ip');
  if (random.chance(0.4)) attributes['evidence'] = pick('url');
  if (random.chance(0.3)) attributes['callback'] = pick('phone');
  return attributes;
}

function rawEventOf(random: SeededRandom, city: CityFixture, pick: CorpusPick): RawSafetyEvent {
  const kind = random.pick(sourceKinds);
  const category = random.pick(Object.keys(alertSubCategories) as AlertCategory[]);
  const occurredAt = november2026 + random.int(0, 30 * 24 * 60) * 60_000 + random.int(0, 59_999);
  const facts = {
    reporter: reporterOf(random, pick, kind === 'emergencyCall' || kind === 'citizenReport'),
    deviceId: orNull(random, 0.4, () => pick('device-id')),
    address: orNull(random, 0.7, () => addressOf(random, city)),
    location: pointIn(random, city),
    vehiclePlates: Array.from({ length: random.int(0, 3) }, () => pick('plate')),
  };
  const text = (): string => reportText(facts, pick, random, city);
  return {
    eventId: uuidOf(random),
    city: city.id,
    source: { systemId: `${city.id}-${kind}-${random.int(1, 40)}`, kind, legalBasis: legalBasisOf(random) },
    category,
    subCategory: random.pick(alertSubCategories[category]),
    severity: random.pick(alertSeveritySymbols),
    occurredAt,
    reportedAt: occurredAt + random.int(0, 600_000),
    ...facts,
    description: orNull(random, 0.9, text),
    mediaLinks: Array.from({ length: random.int(0, 2) }, () => pick('url')),
    subjectAge: orNull(random, 0.5, () => random.int(0, 99)),
    attributes: attributesOf(random, pick, text),
  };
}

/**
 * `n` raw events, the same for the same seed and corpus, spread over the six cities in turn: identifiers
 * from the corpus in free text (city language, sometimes English), structured fields and attributes,
 * and exact coordinates inside each city.
 */
export function generateRawEvents(seed: number, n: number, corpus: readonly CorpusIdentifier[]): RawSafetyEvent[] {
  const random = seededRandom(seed);
  const offset = random.int(0, cityFixtures.length - 1);
  return Array.from({ length: n }, (_, index) => {
    const city = cityFixtures[(offset + index) % cityFixtures.length] as CityFixture;
    return rawEventOf(random, city, corpusPicker(corpus, random, city));
  });
}
