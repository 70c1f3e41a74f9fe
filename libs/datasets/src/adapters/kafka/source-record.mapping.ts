import type { AnonymisedSafetyEvent, SafetyLabel } from '@usm/contracts';
import type { SourceEvent, SourceLabel, SourcePosition } from '../../domain/rows/source-event';

const millis = (value: unknown): number => (value instanceof Date ? value.getTime() : Number(value));

/** The fields of an anonymised event a build uses; free text, attributes and vehicle pseudonyms never leave here. */
export function sourceEventOf(value: AnonymisedSafetyEvent, position: SourcePosition): SourceEvent {
  return {
    position,
    eventId: value.eventId,
    city: value.city,
    sourceKind: value.source.kind,
    category: value.category,
    subCategory: value.subCategory,
    severity: value.severity,
    occurredAtBucketStart: millis(value.occurredAtBucketStart),
    bucketWidthMinutes: value.bucketWidthMinutes,
    h3Cell: value.h3Cell,
    h3Resolution: value.h3Resolution,
    district: value.district ?? null,
    ageBand: value.ageBand ?? null,
    reporterPseudonym: value.reporterPseudonym ?? null,
    policyVersion: value.privacy.policyVersion,
  };
}

export function sourceLabelOf(value: SafetyLabel, position: SourcePosition): SourceLabel {
  return {
    position,
    labelId: value.labelId,
    eventId: value.eventId,
    label: value.label,
    confidence: value.confidence,
    labellerKind: value.labeller.kind,
    labelledAt: millis(value.labelledAt),
    guidelineVersion: value.guidelineVersion,
  };
}
