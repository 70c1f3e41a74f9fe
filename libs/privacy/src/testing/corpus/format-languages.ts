import type { DescriptionLanguage } from '../../domain/vocabulary/description-language';
import { descriptionLanguages } from '../../domain/vocabulary/description-language';
import type { CorpusFormat, CorpusFormatSpec, CorpusRegion } from './corpus-identifier';

// A format appears in reports written in its country's languages and in English (visitors, apps);
// international formats and foreign plates appear anywhere.
const regionLanguages: Readonly<Record<CorpusRegion, readonly DescriptionLanguage[]>> = {
  kr: ['ko', 'en'],
  jp: ['ja', 'en'],
  tw: ['zh-Hant', 'en'],
  cn: ['zh-Hant', 'en'],
  es: ['es', 'ca', 'en'],
  de: ['de', 'en'],
  fr: ['es', 'ca', 'de', 'en'],
  it: ['es', 'ca', 'de', 'en'],
  nl: ['de', 'en'],
  intl: descriptionLanguages,
};

/** Formats with their languages filled from their region where a spec does not name them. */
export function withLanguages(specs: readonly CorpusFormatSpec[]): CorpusFormat[] {
  return specs.map((spec) => ({ ...spec, languages: spec.languages ?? regionLanguages[spec.region] }));
}
