import { barcelonaGazetteer, hamburgGazetteer } from './europe.gazetteers';
import { kaohsiungGazetteer, osakaGazetteer } from './asia.gazetteers';
import type { DistrictGazetteer } from './district-gazetteer';
import { gwangjuGazetteer, incheonGazetteer } from './korea.gazetteers';
import { placeNameKey } from './place-name-key';

/** The gazetteers of the mesh's cities. */
export const districtGazetteers: readonly DistrictGazetteer[] = [
  incheonGazetteer, gwangjuGazetteer, barcelonaGazetteer, hamburgGazetteer, osakaGazetteer, kaohsiungGazetteer,
];

// Spelling key → canonical id, per city; built once.
const lookups = new Map(
  districtGazetteers.map((gazetteer) => [
    gazetteer.city,
    new Map(gazetteer.districts.flatMap((district) => district.spellings.map((spelling) => [placeNameKey(spelling), district.id] as const))),
  ]),
);

/** Canonical district ids of a city (empty for a city without a gazetteer). */
export const districtIdsOf = (city: string): readonly string[] =>
  districtGazetteers.find((gazetteer) => gazetteer.city === city)?.districts.map((district) => district.id) ?? [];

/**
 * The canonical id of the city's district a text names, or null when it names none: the district is shared
 * only as a value of the closed gazetteer, never as the text the source sent.
 */
export function canonicalDistrict(city: string, text: string): string | null {
  // No district name is long; a longer text is not one, and is never normalised.
  if (text.length > 64) return null;
  const lookup = lookups.get(city);
  if (lookup === undefined) return null;
  const cacheKey = `${city}\n${text}`;
  const cached = recentAnswers.get(cacheKey);
  if (cached !== undefined) return cached;
  const id = lookup.get(placeNameKey(text)) ?? null;
  // Sources repeat a few spellings endlessly; a bounded memo spares the normalisation, and is cleared when full.
  if (recentAnswers.size >= 4096) recentAnswers.clear();
  recentAnswers.set(cacheKey, id);
  return id;
}

const recentAnswers = new Map<string, string | null>();
