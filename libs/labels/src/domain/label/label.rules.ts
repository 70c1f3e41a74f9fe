import type { FieldViolation } from '@usm/errors';
import { ValidationError } from '@usm/errors';
import type { Label, PublishedLabel } from './label.model';
import { labellerKinds } from './label.model';
import { idTokenMessage, idTokenRule, isIdToken, isLabelTerm, isVersionToken, labelTermMessage, labelTermRule, versionTokenMessage, versionTokenRule } from './label-tokens';

const v = (field: string, rule: string, message: string): FieldViolation => ({ field, rule, message });

/** Every rule a label breaks; empty when it may be published. */
export function labelViolations(label: Label): FieldViolation[] {
  const { provenance } = label;
  const found: FieldViolation[] = [];
  if (label.eventId.trim() === '') found.push(v('eventId', 'eventId.required', 'must not be empty'));
  if (!isLabelTerm(label.label)) found.push(v('label', labelTermRule, labelTermMessage));
  if (!labellerKinds.includes(provenance.labellerKind)) found.push(v('provenance.labellerKind', 'labellerKind.enum', `one of ${labellerKinds.join(', ')}`));
  if (provenance.labellerId.trim() === '') found.push(v('provenance.labellerId', 'labellerId.required', 'must not be empty'));
  else if (!isIdToken(provenance.labellerId)) found.push(v('provenance.labellerId', idTokenRule, idTokenMessage));
  if (provenance.labellerKind !== 'human' && (provenance.labellerVersion ?? '').trim() === '') {
    found.push(v('provenance.labellerVersion', 'labellerVersion.required', 'a rule set or model label names its version'));
  } else if (provenance.labellerVersion !== null && !isVersionToken(provenance.labellerVersion)) {
    found.push(v('provenance.labellerVersion', versionTokenRule, versionTokenMessage));
  }
  if (!(provenance.confidence >= 0 && provenance.confidence <= 1)) found.push(v('provenance.confidence', 'confidence.range', 'between 0 and 1'));
  if (provenance.guidelineVersion.trim() === '') found.push(v('provenance.guidelineVersion', 'guidelineVersion.required', 'must not be empty'));
  else if (!isVersionToken(provenance.guidelineVersion)) found.push(v('provenance.guidelineVersion', versionTokenRule, versionTokenMessage));
  return found;
}

/** Every rule a stored label breaks before it may reach the shareable topic, its rule and solution ids included. */
export function shareableLabelViolations(label: PublishedLabel): FieldViolation[] {
  const found = labelViolations(label);
  if (label.ruleId !== null && !isIdToken(label.ruleId)) found.push(v('ruleId', idTokenRule, idTokenMessage));
  if (label.solutionId !== null && !isIdToken(label.solutionId)) found.push(v('solutionId', idTokenRule, idTokenMessage));
  return found;
}

/** Throws a ValidationError naming every broken rule. */
export function assertValidLabel(label: Label): Label {
  const found = labelViolations(label);
  if (found.length > 0) throw new ValidationError('LABELS.LABEL_INVALID', found);
  return label;
}

/** Throws a ValidationError naming every broken rule of a label about to be published; never quotes a value. */
export function assertShareableLabel<L extends PublishedLabel>(label: L): L {
  const found = shareableLabelViolations(label);
  if (found.length > 0) throw new ValidationError('LABELS.LABEL_INVALID', found);
  return label;
}
