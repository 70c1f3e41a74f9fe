import type { AnonymisedSafetyEvent } from '../contract/anonymised-safety-event';
import type { RawSafetyEvent } from '../contract/raw-safety-event';
import { canonicalDistrict } from '../gazetteer/canonical-district';
import { ageBandOf } from '../generalisation/age-band';
import { h3CellOf } from '../generalisation/h3-cell';
import { bucketStartOf } from '../generalisation/time-bucket';
import type { PrivacyPolicy } from '../policy/privacy-policy';
import { normalisePlate } from '../pseudonymisation/normalise-identifier';
import type { Pseudonymiser } from '../pseudonymisation/pseudonymiser';
import { reporterPseudonymOf } from '../pseudonymisation/reporter-pseudonym';
import type { AnonymisationContext } from './anonymisation-context';
import { checkAnonymisable } from './check-anonymisable';
import { knownIdentifiersOf } from './known-identifiers-of';
import { minimiseAttributes } from './minimise-attributes';
import { shareableDescription } from './shareable-description';

function vehiclePseudonymsOf(raw: RawSafetyEvent, policy: PrivacyPolicy, pseudonymise: Pseudonymiser): string[] {
  if (policy.fields.vehiclePlates === 'drop') return [];
  return raw.vehiclePlates.map(normalisePlate).filter((plate) => plate !== '').map((plate) => pseudonymise(plate, 'vehicle-plate'));
}

function sharedAttributes(raw: RawSafetyEvent, context: AnonymisationContext): Record<string, string> {
  if (context.policy.fields.attributes === 'drop') return {};
  const { kept, dropped } = minimiseAttributes(raw.attributes, context.policy.attributes[raw.source.kind]);
  if (dropped.length > 0) context.attributeDrops?.attributesDropped?.(raw.source.kind, dropped);
  return kept;
}

/**
 * The shareable form of a raw event under a policy: direct identifiers dropped or pseudonymised, time,
 * place and age generalised, the district a gazetteer value, attributes only as declared, free text as the
 * policy's mode says. Deterministic for a given event, context and key. Throws a ValidationError
 * (PRIVACY.INVALID_EVENT) naming field and rule when the event breaks a raw event rule.
 */
export function anonymiseEvent(raw: RawSafetyEvent, context: AnonymisationContext): AnonymisedSafetyEvent {
  const { policy, pseudonymise, city, now } = context;
  checkAnonymisable(raw, { city, now, maxClockSkewMs: policy.rawEvents.maxClockSkewMs, maxReportDelayMs: policy.rawEvents.maxReportDelayMs });
  const { fields, generalisation } = policy;
  const district = raw.address?.district ?? null;
  return {
    eventId: raw.eventId,
    city: raw.city,
    source: { kind: raw.source.kind, legalBasis: raw.source.legalBasis },
    category: raw.category,
    subCategory: raw.subCategory,
    severity: raw.severity,
    occurredAtBucketStart: bucketStartOf(raw.occurredAt, generalisation.timeBucketMinutes),
    bucketWidthMinutes: generalisation.timeBucketMinutes,
    h3Cell: h3CellOf(raw.location, generalisation.h3Resolution),
    h3Resolution: generalisation.h3Resolution,
    district: district === null ? null : canonicalDistrict(city, district),
    ageBand: fields.subjectAge === 'drop' || raw.subjectAge === null ? null : ageBandOf(raw.subjectAge, generalisation.ageBands),
    description: shareableDescription(raw.description, policy, fields.description === 'drop' ? [] : knownIdentifiersOf(raw)),
    reporterPseudonym: reporterPseudonymOf(raw.reporter, policy, pseudonymise),
    vehiclePseudonyms: vehiclePseudonymsOf(raw, policy, pseudonymise),
    attributes: sharedAttributes(raw, context),
    privacy: { policyVersion: policy.version, keyId: policy.pseudonymisation.keyId },
  };
}
