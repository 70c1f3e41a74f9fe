import type { AnonymisedSafetyEvent } from '../contract/anonymised-safety-event';
import type { RawSafetyEvent } from '../contract/raw-safety-event';
import { ageBandOf } from '../generalisation/age-band';
import { h3CellOf } from '../generalisation/h3-cell';
import { bucketStartOf } from '../generalisation/time-bucket';
import type { PrivacyPolicy } from '../policy/privacy-policy';
import { normalisePlate } from '../pseudonymisation/normalise-identifier';
import type { Pseudonymiser } from '../pseudonymisation/pseudonymiser';
import { reporterPseudonymOf } from '../pseudonymisation/reporter-pseudonym';
import { scrubText } from '../scrubbing/scrub-text';
import { checkAnonymisable } from './check-anonymisable';
import { knownIdentifiersOf } from './known-identifiers-of';
import { scrubAttributes } from './scrub-attributes';

function vehiclePseudonymsOf(raw: RawSafetyEvent, policy: PrivacyPolicy, pseudonymise: Pseudonymiser): string[] {
  if (policy.fields.vehiclePlates === 'drop') return [];
  return raw.vehiclePlates.map(normalisePlate).filter((plate) => plate !== '').map((plate) => pseudonymise(plate, 'vehicle-plate'));
}

/**
 * The shareable form of a raw event under a policy: direct identifiers dropped or pseudonymised, time,
 * place and age generalised, free text scrubbed. Deterministic for a given event, policy and key.
 * Throws a ValidationError (PRIVACY.INVALID_EVENT) for coordinates, times or ages out of range.
 */
export function anonymiseEvent(raw: RawSafetyEvent, policy: PrivacyPolicy, pseudonymise: Pseudonymiser): AnonymisedSafetyEvent {
  checkAnonymisable(raw);
  const { fields, generalisation } = policy;
  const known = knownIdentifiersOf(raw);
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
    district: district === null ? null : scrubText(district, known),
    ageBand: fields.subjectAge === 'drop' || raw.subjectAge === null ? null : ageBandOf(raw.subjectAge, generalisation.ageBands),
    description: fields.description === 'drop' || raw.description === null ? null : scrubText(raw.description, known),
    reporterPseudonym: reporterPseudonymOf(raw.reporter, policy, pseudonymise),
    vehiclePseudonyms: vehiclePseudonymsOf(raw, policy, pseudonymise),
    attributes: fields.attributes === 'drop' ? {} : scrubAttributes(raw.attributes, known),
    privacy: { policyVersion: policy.version, keyId: policy.pseudonymisation.keyId },
  };
}
