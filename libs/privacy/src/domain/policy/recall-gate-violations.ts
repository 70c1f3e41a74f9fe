import type { FieldViolation } from '@usm/errors';
import type { RecallGate } from '../recall/languages-below-gate';
import { languagesBelowGate } from '../recall/languages-below-gate';
import type { PrivacyPolicy } from './privacy-policy';

export type { RecallGate } from '../recall/languages-below-gate';

/** One violation per language the policy enables in `vocabulary` or `scrub` mode whose recall does not pass the gate. */
export function recallGateViolations(policy: Pick<PrivacyPolicy, 'fields' | 'freeText'>, gate: RecallGate): FieldViolation[] {
  const mode = policy.fields.description;
  return languagesBelowGate(mode, policy.freeText.languages, gate).map((language) => ({
    field: 'freeText.languages',
    rule: 'recall-gate',
    message: `language ${language} has not passed the recall gate of description mode ${mode}`,
  }));
}
