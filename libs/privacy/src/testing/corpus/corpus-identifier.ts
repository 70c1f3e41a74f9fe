import type { IdentifierKind } from '../../domain/detection/identifier-kind';
import type { SeededRandom } from '../seeded-random';

/** Kinds in the corpus: every detectable kind, plus names and device ids, which only structured fields carry. */
export type CorpusKind = IdentifierKind | 'name' | 'device-id';

/** Where a format comes from, so events of a city can favour local formats. */
export type CorpusRegion = 'kr' | 'es' | 'de' | 'jp' | 'tw' | 'cn' | 'fr' | 'it' | 'nl' | 'intl';

/** One synthetic identifier. */
export interface CorpusIdentifier {
  readonly kind: CorpusKind;
  readonly format: string;
  readonly region: CorpusRegion;
  readonly value: string;
}

/** How to make identifiers of one format. */
export interface CorpusFormat {
  readonly format: string;
  readonly region: CorpusRegion;
  make(random: SeededRandom): string;
}
