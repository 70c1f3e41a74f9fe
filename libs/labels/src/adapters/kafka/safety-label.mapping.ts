import type { SafetyLabel } from '@usm/contracts';
import type { StoredLabel } from '../../application/ports';

/** A label as `safety.labels.v1` carries it; the deprecated `modelVersion` is still set for a model's labels. */
export function safetyLabelOf(label: StoredLabel): SafetyLabel {
  const { provenance } = label;
  return {
    labelId: label.labelId,
    eventId: label.eventId,
    city: label.city,
    label: label.label,
    confidence: provenance.confidence,
    labeller: {
      kind: provenance.labellerKind,
      id: provenance.labellerId,
      modelVersion: provenance.labellerKind === 'model' ? provenance.labellerVersion : null,
      version: provenance.labellerVersion,
      solutionId: label.solutionId,
      ruleId: label.ruleId,
    },
    labelledAt: provenance.labelledAt,
    guidelineVersion: provenance.guidelineVersion,
  };
}

/** A label read back from the topic (own or a partner's copy); an old record's `modelVersion` stands for `version`. */
export function storedLabelOf(value: SafetyLabel): StoredLabel {
  const { labeller } = value;
  return {
    labelId: value.labelId,
    eventId: value.eventId,
    city: value.city,
    label: value.label,
    provenance: {
      labellerKind: labeller.kind,
      labellerId: labeller.id,
      labellerVersion: labeller.version ?? labeller.modelVersion,
      confidence: value.confidence,
      guidelineVersion: value.guidelineVersion,
      labelledAt: value.labelledAt,
    },
    ruleId: labeller.ruleId,
    solutionId: labeller.solutionId,
  };
}
