import type { IdentifierKind } from '../../domain/detection/identifier-kind';
import type { DescriptionLanguage } from '../../domain/vocabulary/description-language';
import type { SeededRandom } from '../seeded-random';

/** Kinds in the corpus: every detectable kind, plus device ids, which only structured fields carry. */
export type CorpusKind = IdentifierKind | 'device-id';

/** Where a format comes from, so events of a city can favour local formats. */
export type CorpusRegion = 'kr' | 'es' | 'de' | 'jp' | 'tw' | 'cn' | 'fr' | 'it' | 'nl' | 'intl';

/** One synthetic identifier. */
export interface CorpusIdentifier {
  readonly kind: CorpusKind;
  readonly format: string;
  readonly region: CorpusRegion;
  readonly value: string;
}

/** How to make identifiers of one format, and in which languages' reports the format appears. */
export interface CorpusFormat {
  readonly format: string;
  readonly region: CorpusRegion;
  readonly languages: readonly DescriptionLanguage[];
  make(random: SeededRandom): string;
}

/** A format as written in the format lists; languages default to the region's (see withLanguages). */
export type CorpusFormatSpec = Omit<CorpusFormat, 'languages'> & { readonly languages?: readonly DescriptionLanguage[] };
