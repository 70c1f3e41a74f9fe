import type { DescriptionLanguage } from './description-language';

const segmenters = new Map<string, Intl.Segmenter>();

// Dictionary segmentation matters for Japanese and Chinese, so a text that may be in one of them is
// segmented with that language's rules; the Latin languages and Korean share the default word rules.
const segmentationOrder: readonly DescriptionLanguage[] = ['ja', 'zh-Hant', 'ko', 'de', 'es', 'ca', 'en'];

/** The word segmenter for a set of languages, created once per language and reused. */
export function wordSegmenterFor(languages: readonly DescriptionLanguage[]): Intl.Segmenter {
  const locale = segmentationOrder.find((language) => languages.includes(language)) ?? 'en';
  let segmenter = segmenters.get(locale);
  if (segmenter === undefined) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}
