import type { FieldViolation } from '@usm/errors';
import type { GatedDescriptionMode } from '../recall/recall-thresholds';
import type { DescriptionLanguage } from '../vocabulary/description-language';
import type { PrivacyPolicy } from './privacy-policy';

/** Languages that passed the recall gate per free-text mode (the committed one is recallGate). */
export type RecallGate = Readonly<Record<GatedDescriptionMode, readonly DescriptionLanguage[]>>;

/** One violation per language the policy enables in `vocabulary` or `scrub` mode whose recall does not pass the gate. */
export function recallGateViolations(policy: Pick<PrivacyPolicy, 'fields' | 'freeText'>, gate: RecallGate): FieldViolation[] {
  const mode = policy.fields.description;
  if (mode === 'drop') return [];
  return policy.freeText.languages
    .filter((language) => !gate[mode].includes(language))
    .map((language) => ({
      field: 'freeText.languages',
      rule: 'recall-gate',
      message: `language ${language} has not passed the recall gate of description mode ${mode}`,
    }));
}
