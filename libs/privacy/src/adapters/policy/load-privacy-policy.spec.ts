import { readFileSync } from 'node:fs';
import { NotFoundError, ValidationError } from '@usm/errors';
import { createHmacPseudonymiser } from '../crypto/hmac-pseudonymiser';
import { defaultPrivacyPolicyPath, loadPrivacyPolicy, privacyPolicyFromYaml } from './load-privacy-policy';

const secret = 'a-test-secret-of-at-least-thirty-two-bytes';
const env = { USM_PRIVACY_HMAC_SECRET: secret };
const defaultYaml = readFileSync(defaultPrivacyPolicyPath(), 'utf8');

describe('loadPrivacyPolicy', () => {
  it('loads the shipped default policy', async () => {
    const { policy } = await loadPrivacyPolicy(defaultPrivacyPolicyPath(), env);
    expect(policy).toMatchObject({
      version: '2026-11-21.1',
      pseudonymisation: { algorithm: 'hmac-sha256', keyId: 'default-2026-11', secret: { env: 'USM_PRIVACY_HMAC_SECRET' } },
      generalisation: { h3Resolution: 8, timeBucketMinutes: 15, ageBands: { width: 10, openFrom: 80 } },
      fields: { mediaLinks: 'drop', deviceId: 'drop', 'reporter.phone': 'pseudonymise', description: 'drop', attributes: 'declared' },
      freeText: { languages: [], maxLength: 1000 },
      rawEvents: { maxClockSkewMs: 300_000, maxReportDelayMs: 30 * 86_400_000 },
      legalBasisGate: { 'ai-training': ['pseudonymisedResearch'], 'cross-border-sharing': ['pseudonymisedResearch'] },
    });
  });

  it("arms the pseudonymiser with the policy's key id and secret", async () => {
    const { pseudonymise } = await loadPrivacyPolicy(defaultPrivacyPolicyPath(), env);
    expect(pseudonymise('12가3456', 'vehicle-plate')).toBe(createHmacPseudonymiser('default-2026-11', Buffer.from(secret))('12가3456', 'vehicle-plate'));
  });

  it('refuses a policy file that does not exist', async () => {
    await expect(loadPrivacyPolicy('/nowhere/policy.yaml', env)).rejects.toBeInstanceOf(NotFoundError);
    await expect(loadPrivacyPolicy('/nowhere/policy.yaml', env)).rejects.toMatchObject({ code: 'PRIVACY.POLICY_NOT_FOUND' });
  });

  it('refuses a policy that leaves a direct field of RawSafetyEvent unhandled, naming it', async () => {
    const yaml = defaultYaml.replace(/^ {2}reporter\.phone: pseudonymise\n/m, '');
    const refusal = privacyPolicyFromYaml(yaml, env);
    await expect(refusal).rejects.toBeInstanceOf(ValidationError);
    await expect(privacyPolicyFromYaml(yaml, env)).rejects.toMatchObject({
      code: 'PRIVACY.INVALID_POLICY',
      violations: [{ field: 'fields.reporter.phone', rule: 'direct-field-unhandled', message: expect.any(String) }],
    });
  });

  it('refuses a policy whose secret is missing', async () => {
    await expect(privacyPolicyFromYaml(defaultYaml, {})).rejects.toMatchObject({ code: 'PRIVACY.MISSING_SECRET' });
  });

  it('reads a secret file named by the policy', async () => {
    const yaml = defaultYaml.replace('env: USM_PRIVACY_HMAC_SECRET', 'file: /run/secrets/usm-hmac');
    const readSecretFile = jest.fn().mockResolvedValue(Buffer.from(`${secret}\n`));
    const { policy } = await privacyPolicyFromYaml(yaml, {}, readSecretFile);
    expect(policy.pseudonymisation.secret).toEqual({ file: '/run/secrets/usm-hmac' });
    expect(readSecretFile).toHaveBeenCalledWith('/run/secrets/usm-hmac');
  });
});
