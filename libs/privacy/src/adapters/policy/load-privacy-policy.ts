import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadValueSchema, privacyTagsOf, topicCatalog } from '@usm/contracts';
import { NotFoundError, ValidationError } from '@usm/errors';
import type { Pseudonymiser } from '../../application/ports';
import type { PrivacyPolicy } from '../../domain/policy/privacy-policy';
import type { RecallGate } from '../../domain/policy/recall-gate-violations';
import { recallGateViolations } from '../../domain/policy/recall-gate-violations';
import { validatePrivacyPolicy } from '../../domain/policy/validate-privacy-policy';
import { recallGate } from '../../domain/recall/recall-gate';
import { privacyErrorCodes } from '../../domain/privacy-error-codes';
import { createHmacPseudonymiser } from '../crypto/hmac-pseudonymiser';
import { parsePolicyYaml } from './parse-policy-yaml';
import type { PolicyEnvironment, ReadSecretFile } from './resolve-policy-secret';
import { resolvePolicySecret } from './resolve-policy-secret';

/** A validated policy with the pseudonymiser its key configures. */
export interface LoadedPrivacyPolicy {
  readonly policy: PrivacyPolicy;
  readonly pseudonymise: Pseudonymiser;
}

/** The policy shipped with the library (libs/privacy/policies/default.yaml). */
export const defaultPrivacyPolicyPath = (): string => join(__dirname, '..', '..', '..', 'policies', 'default.yaml');

/**
 * Validates policy YAML against the privacy tags of RawSafetyEvent and the recall gate (a language enabled
 * in `vocabulary` or `scrub` mode must have passed it), and resolves its secret. Throws a ValidationError:
 * PRIVACY.INVALID_POLICY naming each key (and each language below the gate, with the mode),
 * PRIVACY.MISSING_SECRET or PRIVACY.WEAK_SECRET.
 */
export async function privacyPolicyFromYaml(
  text: string,
  env: PolicyEnvironment,
  readSecretFile: ReadSecretFile = (path) => readFile(path),
  gate: RecallGate = recallGate,
): Promise<LoadedPrivacyPolicy> {
  const taggedFields = privacyTagsOf(loadValueSchema(topicCatalog.safetyEventsRaw));
  const policy = validatePrivacyPolicy(parsePolicyYaml(text), taggedFields);
  const belowGate = recallGateViolations(policy, gate);
  if (belowGate.length > 0) throw new ValidationError(privacyErrorCodes.invalidPolicy, belowGate);
  const secret = await resolvePolicySecret(policy.pseudonymisation.secret, env, readSecretFile);
  return { policy, pseudonymise: createHmacPseudonymiser(policy.pseudonymisation.keyId, secret) };
}

/** Reads a policy file and does what privacyPolicyFromYaml does; a missing file is PRIVACY.POLICY_NOT_FOUND. */
export async function loadPrivacyPolicy(path: string, env: PolicyEnvironment): Promise<LoadedPrivacyPolicy> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (cause) {
    throw new NotFoundError(privacyErrorCodes.policyNotFound, `privacy policy ${path} cannot be read`, { cause });
  }
  return privacyPolicyFromYaml(text, env);
}
