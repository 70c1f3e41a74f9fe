import { join } from 'node:path';
import { authEnvOf, kafkaEnvOf, registryEnvOf, uniqueName } from '@usm/testing';
import type { PrivacyTopics } from './privacy-topics';
import { privacyTestGroupPrefix, privacyTestTransactionalPrefix } from './privacy-topics';

export { freePort } from '@usm/testing';

/** The shipped policy; its secret comes from USM_PRIVACY_HMAC_SECRET, which each test sets to a fresh random value. */
export const shippedPolicyFile = join(__dirname, '..', '..', '..', '..', 'libs', 'privacy', 'policies', 'default.yaml');

/**
 * Environment of a privacy service running as the privacy principal on a test's own topics, group and transactional
 * id (which `PrivacyTopics` lets it use); short session so restarts rejoin fast.
 */
export function serviceEnv(topics: PrivacyTopics, secret: string, port: number, extra: Record<string, string> = {}): Record<string, string> {
  return {
    MESH_CITY: topics.city.city,
    ...kafkaEnvOf(topics.city, 'privacy'),
    ...registryEnvOf(topics.city, 'registry-privacy'),
    PRIVACY_POLICY_FILE: shippedPolicyFile,
    USM_PRIVACY_HMAC_SECRET: secret,
    PRIVACY_PORT: String(port),
    PRIVACY_INPUT_TOPIC: topics.raw,
    PRIVACY_OUTPUT_TOPIC: topics.anonymised,
    PRIVACY_QUARANTINE_TOPIC: topics.quarantine,
    PRIVACY_GROUP_ID: uniqueName(privacyTestGroupPrefix),
    PRIVACY_TRANSACTIONAL_ID: uniqueName(privacyTestTransactionalPrefix),
    PRIVACY_SESSION_TIMEOUT_MS: '6000',
    PRIVACY_HEARTBEAT_INTERVAL_MS: '1000',
    LOG_LEVEL: 'info',
    ...authEnvOf(topics.city, 'privacy'),
    ...extra,
  };
}
