import type { FieldViolation } from '@usm/errors';
import { ValidationError } from '@usm/errors';
import { taxonomyTerm } from '../taxonomy/child-commute-taxonomy';
import type { Label } from './label.model';
import { labellerKinds } from './label.model';

const v = (field: string, rule: string, message: string): FieldViolation => ({ field, rule, message });

/** Every rule a label breaks; empty when it may be published. */
export function labelViolations(label: Label): FieldViolation[] {
  const { provenance } = label;
  const found: FieldViolation[] = [];
  if (label.eventId.trim() === '') found.push(v('eventId', 'eventId.required', 'must not be empty'));
  if (taxonomyTerm(label.label) === undefined) found.push(v('label', 'label.taxonomy', 'a term of the child-commute taxonomy'));
  if (!labellerKinds.includes(provenance.labellerKind)) found.push(v('provenance.labellerKind', 'labellerKind.enum', `one of ${labellerKinds.join(', ')}`));
  if (provenance.labellerId.trim() === '') found.push(v('provenance.labellerId', 'labellerId.required', 'must not be empty'));
  if (provenance.labellerKind !== 'human' && (provenance.labellerVersion ?? '').trim() === '') {
    found.push(v('provenance.labellerVersion', 'labellerVersion.required', 'a rule set or model label names its version'));
  }
  if (!(provenance.confidence >= 0 && provenance.confidence <= 1)) found.push(v('provenance.confidence', 'confidence.range', 'between 0 and 1'));
  if (provenance.guidelineVersion.trim() === '') found.push(v('provenance.guidelineVersion', 'guidelineVersion.required', 'must not be empty'));
  return found;
}

/** Throws a ValidationError naming every broken rule. */
export function assertValidLabel(label: Label): Label {
  const found = labelViolations(label);
  if (found.length > 0) throw new ValidationError('LABELS.LABEL_INVALID', found);
  return label;
}
