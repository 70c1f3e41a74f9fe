import { loadValueSchema, privacyTagsOf, topicCatalog } from '@usm/contracts';
import type { AnonymisationContext } from '../domain/anonymisation/anonymisation-context';
import type { RawSafetyEvent } from '../domain/contract/raw-safety-event';
import type { PrivacyPolicy } from '../domain/policy/privacy-policy';
import type { Pseudonymiser } from '../domain/pseudonymisation/pseudonymiser';
import { validatePrivacyPolicy } from '../domain/policy/validate-privacy-policy';

/** Attribute declarations like policies/default.yaml's, per source kind. */
export function testAttributeDeclarations(): Record<string, Record<string, Record<string, unknown>>> {
  const number = (min: number, max: number, unit: string) => ({ type: 'number', min, max, unit });
  return {
    trafficHazardDetector: {
      speedKmh: number(0, 300, 'km/h'), speedLimitKmh: number(0, 130, 'km/h'),
      lane: { type: 'code', pattern: '^(?:[1-9]|L|R|BUS)$', maxLength: 3 },
    },
    cctvAnalytics: {
      objectClass: { type: 'enum', values: ['person', 'bicycle', 'motorcycle', 'car', 'bus', 'truck', 'animal', 'debris', 'fire', 'smoke'] },
      confidence: number(0, 1, 'ratio'),
    },
    fireSensor: { smokeDensity: number(0, 100, '%/m'), temperatureC: number(-50, 1200, '°C') },
    smokeSensor: { smokeDensity: number(0, 100, '%/m'), alarm: { type: 'boolean' } },
    crowdMonitor: { personCount: number(0, 1_000_000, 'persons'), densityPerM2: number(0, 12, 'persons/m²') },
    emergencyCall: { callType: { type: 'enum', values: ['medical', 'fire', 'police', 'traffic', 'rescue', 'other'] } },
    citizenReport: { channel: { type: 'enum', values: ['app', 'web', 'phone', 'sms', 'kiosk'] } },
  };
}

/** A policy document like policies/default.yaml, as plain data a test can change before validating. */
export function defaultPolicyDocument(): Record<string, Record<string, unknown> | string> {
  return {
    version: '2026-11-21.1',
    pseudonymisation: { keyId: 'test-key', secret: { env: 'USM_PRIVACY_HMAC_SECRET' } },
    generalisation: { h3Resolution: 8, timeBucketMinutes: 15, ageBands: { width: 10, openFrom: 80 } },
    fields: {
      description: 'drop', 'reporter.name': 'pseudonymise', 'reporter.phone': 'pseudonymise', 'reporter.email': 'pseudonymise',
      vehiclePlates: 'pseudonymise', mediaLinks: 'drop', deviceId: 'drop',
    },
    freeText: { languages: [], maxLength: 1000 },
    attributes: testAttributeDeclarations(),
    legalBasisGate: { 'ai-training': ['pseudonymisedResearch'], 'cross-border-sharing': ['pseudonymisedResearch'] },
  };
}

/** defaultPolicyDocument() with free text kept in a mode, for all seven languages unless given. */
export function freeTextPolicyDocument(
  mode: 'scrub' | 'vocabulary',
  languages: readonly string[] = ['ko', 'ja', 'zh-Hant', 'es', 'ca', 'de', 'en'],
): Record<string, Record<string, unknown> | string> {
  const document = defaultPolicyDocument();
  return { ...document, fields: { ...(document['fields'] as object), description: mode }, freeText: { languages: [...languages], maxLength: 1000 } };
}

/** The privacy tags of RawSafetyEvent from the workspace schemas. */
export const rawEventPrivacyTags = () => privacyTagsOf(loadValueSchema(topicCatalog.safetyEventsRaw));

/** A validated policy from a document (default: defaultPolicyDocument()). */
export function testPrivacyPolicy(document: unknown = defaultPolicyDocument()): PrivacyPolicy {
  return validatePrivacyPolicy(document, rawEventPrivacyTags());
}

/** The context of a node of the raw event's own city whose clock reads the event's reportedAt. */
export function nodeContextOf(raw: RawSafetyEvent, policy: PrivacyPolicy, pseudonymise: Pseudonymiser): AnonymisationContext {
  return { policy, pseudonymise, city: raw.city, now: raw.reportedAt };
}
