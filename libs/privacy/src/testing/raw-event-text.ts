import type { RawSafetyEvent } from '../domain/contract/raw-safety-event';
import type { CityFixture } from './city-fixtures';
import type { CorpusPick } from './raw-event-parts';
import type { SeededRandom } from './seeded-random';
import { sentenceTemplates, standIns } from './sentence-templates';

type EventFacts = Pick<RawSafetyEvent, 'reporter' | 'deviceId' | 'address' | 'location' | 'vehiclePlates'>;

function slotValue(slot: string, facts: EventFacts, pick: CorpusPick, random: SeededRandom, city: CityFixture): string {
  const standIn = standIns[city.language];
  switch (slot) {
    case 'name': return facts.reporter?.name ?? standIn.someone;
    case 'place': return facts.address?.streetAddress ?? standIn.somewhere;
    case 'device': return facts.deviceId ?? standIn.something;
    case 'count': return String(random.int(1, 9));
    case 'geo': return `${facts.location.latitude.toFixed(6)}, ${facts.location.longitude.toFixed(6)}`;
    case 'phone': return (random.chance(0.5) ? facts.reporter?.phone : null) ?? pick('phone');
    case 'plate': return (random.chance(0.5) ? facts.vehiclePlates[0] : undefined) ?? pick('plate');
    default: return pick(slot as Parameters<CorpusPick>[0]);
  }
}

/** One to three sentences in the city's language, sometimes one in English, with identifiers in the slots. */
export function reportText(facts: EventFacts, pick: CorpusPick, random: SeededRandom, city: CityFixture): string {
  const sentences = Array.from({ length: random.int(1, 3) }, () =>
    random.pick(sentenceTemplates[random.chance(0.2) ? 'en' : city.language]),
  );
  return sentences
    .map((template) => template.replace(/\{(\w+)\}/g, (_, slot: string) => slotValue(slot, facts, pick, random, city)))
    .join(city.language === 'ja' || city.language === 'zh' ? '' : ' ');
}
