import { legalBasisSymbols, sourceKindSymbols } from '@usm/contracts';
import type { LegalBasis, SourceKind } from '../domain/contract/safety-event-enums';
import type { CityFixture } from './city-fixtures';
import type { CorpusIdentifier, CorpusKind } from './corpus/corpus-identifier';
import type { SeededRandom } from './seeded-random';

/** Every SourceKind symbol. */
export const sourceKinds: readonly SourceKind[] = sourceKindSymbols;

/** A random pick among legal bases. */
export const legalBasisOf = (random: SeededRandom): LegalBasis => random.pick(legalBasisSymbols);

/** A UUID v4 from the seeded source. */
export function uuidOf(random: SeededRandom): string {
  const hex = '0123456789abcdef';
  return `${random.chars(hex, 8)}-${random.chars(hex, 4)}-4${random.chars(hex, 3)}-${random.pick(['8', '9', 'a', 'b'])}${random.chars(hex, 3)}-${random.chars(hex, 12)}`;
}

/** Picks corpus identifiers for one city, favouring its own formats four times in five. */
export function corpusPicker(corpus: readonly CorpusIdentifier[], random: SeededRandom, city: CityFixture) {
  const byKind = new Map<CorpusKind, CorpusIdentifier[]>();
  for (const identifier of corpus) byKind.set(identifier.kind, [...(byKind.get(identifier.kind) ?? []), identifier]);
  return (kind: CorpusKind): string => {
    const all = byKind.get(kind) ?? [];
    const local = all.filter((identifier) => identifier.region === city.region);
    const pool = local.length > 0 && random.chance(0.8) ? local : all;
    if (pool.length === 0) throw new RangeError(`the corpus has no ${kind}`);
    return random.pick(pool).value;
  };
}

/** A picker for one kind of corpus identifier. */
export type CorpusPick = ReturnType<typeof corpusPicker>;
