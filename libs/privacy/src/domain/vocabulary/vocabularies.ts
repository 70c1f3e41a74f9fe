import type { DescriptionLanguage } from './description-language';
import type { LanguageVocabulary } from './language-vocabulary';
import { vocabularyCa } from './vocabulary-ca';
import { vocabularyDe } from './vocabulary-de';
import { vocabularyEn } from './vocabulary-en';
import { vocabularyEs } from './vocabulary-es';
import { vocabularyJa } from './vocabulary-ja';
import { vocabularyKo } from './vocabulary-ko';
import { vocabularyZhHant } from './vocabulary-zh-hant';

/** The domain vocabulary of every description language. */
export const vocabularies: Readonly<Record<DescriptionLanguage, LanguageVocabulary>> = {
  ko: vocabularyKo,
  ja: vocabularyJa,
  'zh-Hant': vocabularyZhHant,
  es: vocabularyEs,
  ca: vocabularyCa,
  de: vocabularyDe,
  en: vocabularyEn,
};
