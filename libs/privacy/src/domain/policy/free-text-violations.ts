import type { FieldViolation } from '@usm/errors';
import type { DescriptionLanguage } from '../vocabulary/description-language';
import type { FieldActions } from './field-actions';

/** A mode that lets free text cross needs the languages it is written in; `drop` needs none. */
export function freeTextViolations(mode: FieldActions['description'], languages: readonly DescriptionLanguage[]): FieldViolation[] {
  return mode !== 'drop' && languages.length === 0
    ? [{ field: 'freeText.languages', rule: 'languages-required', message: `description mode ${mode} needs the languages of the city's free text` }]
    : [];
}
