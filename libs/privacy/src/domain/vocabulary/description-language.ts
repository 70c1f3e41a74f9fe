/**
 * Languages a city's free text may be written in, as BCP 47 tags. Traditional Chinese is tagged by script
 * because Kaohsiung writes it and its vocabulary and segmentation differ from Simplified Chinese.
 */
export const descriptionLanguages = ['ko', 'ja', 'zh-Hant', 'es', 'ca', 'de', 'en'] as const;

/** One of descriptionLanguages. */
export type DescriptionLanguage = (typeof descriptionLanguages)[number];
