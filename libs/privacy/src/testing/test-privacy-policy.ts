import { loadValueSchema, privacyTagsOf, topicCatalog } from '@usm/contracts';
import type { PrivacyPolicy } from '../domain/policy/privacy-policy';
import { validatePrivacyPolicy } from '../domain/policy/validate-privacy-policy';

/** A policy document like policies/default.yaml, as plain data a test can change before validating. */
export function defaultPolicyDocument(): Record<string, Record<string, unknown> | string> {
  return {
    version: '2026-11-21.1',
    pseudonymisation: { keyId: 'test-key', secret: { env: 'USM_PRIVACY_HMAC_SECRET' } },
    generalisation: { h3Resolution: 8, timeBucketMinutes: 15, ageBands: { width: 10, openFrom: 80 } },
    fields: {
      description: 'scrub', 'reporter.name': 'pseudonymise', 'reporter.phone': 'pseudonymise', 'reporter.email': 'pseudonymise',
      vehiclePlates: 'pseudonymise', mediaLinks: 'drop', deviceId: 'drop',
    },
    legalBasisGate: { 'ai-training': ['consent', 'pseudonymisedResearch'], 'cross-border-sharing': ['consent', 'pseudonymisedResearch'] },
  };
}

/** The privacy tags of RawSafetyEvent from the workspace schemas. */
export const rawEventPrivacyTags = () => privacyTagsOf(loadValueSchema(topicCatalog.safetyEventsRaw));

/** A validated policy from a document (default: defaultPolicyDocument()). */
export function testPrivacyPolicy(document: unknown = defaultPolicyDocument()): PrivacyPolicy {
  return validatePrivacyPolicy(document, rawEventPrivacyTags());
}
