import { ValidationError } from '@usm/errors';
import { defaultPolicyDocument, rawEventPrivacyTags } from '../../testing/test-privacy-policy';
import { validatePrivacyPolicy } from './validate-privacy-policy';

const tags = rawEventPrivacyTags();

function violationsFor(document: unknown) {
  try {
    validatePrivacyPolicy(document, tags);
  } catch (error) {
    if (error instanceof ValidationError) return error.violations.map(({ field, rule }) => ({ field, rule }));
    throw error;
  }
  throw new Error('the policy was accepted');
}

const withSection = (section: string, value: unknown) => ({ ...defaultPolicyDocument(), [section]: value });
const pseudonymisation = (settings: Record<string, unknown>) =>
  withSection('pseudonymisation', { keyId: 'k1', secret: { env: 'SECRET' }, ...settings });
const generalisation = (settings: Record<string, unknown>) => withSection('generalisation', settings);

describe('validatePrivacyPolicy settings', () => {
  it('accepts the default document and fills in left-out settings', () => {
    const { generalisation: _, legalBasisGate: __, ...document } = defaultPolicyDocument();
    const policy = validatePrivacyPolicy(document, tags);
    expect(policy.generalisation).toEqual({ h3Resolution: 8, timeBucketMinutes: 15, ageBands: { width: 10, openFrom: 80 } });
    expect(policy.legalBasisGate).toEqual({ 'ai-training': [], 'cross-border-sharing': [] });
    expect(policy.pseudonymisation).toEqual({ algorithm: 'hmac-sha256', keyId: 'test-key', secret: { env: 'USM_PRIVACY_HMAC_SECRET' }, phoneCountryCode: null });
    expect(policy.city).toBeNull();
  });

  it.each(['2026-11-21.1', '2026-01-31.12', '1.0.0', '2.3.4-rc.1', '1.0.0+build.7'])('accepts version %s', (version) => {
    expect(validatePrivacyPolicy(withSection('version', version), tags).version).toBe(version);
  });

  it('keeps a city id and a calling code', () => {
    const policy = validatePrivacyPolicy({ ...pseudonymisation({ phoneCountryCode: '82' }), city: 'incheon' }, tags);
    expect(policy.city).toBe('incheon');
    expect(policy.pseudonymisation.phoneCountryCode).toBe('82');
  });

  it.each([
    ['a missing version', withSection('version', undefined), 'version', 'required'],
    ['a version that is neither dated nor semantic', withSection('version', '21-11-2026'), 'version', 'policy-version'],
    ['a dated version with month 13', withSection('version', '2026-13-01.1'), 'version', 'policy-version'],
    ['a numeric version', withSection('version', 1.2), 'version', 'invalid-type'],
    ['an upper-case city', withSection('city', 'Incheon'), 'city', 'invalid-format'],
    ['a missing pseudonymisation section', withSection('pseudonymisation', undefined), 'pseudonymisation', 'required'],
    ['another algorithm', pseudonymisation({ algorithm: 'md5' }), 'pseudonymisation.algorithm', 'invalid-value'],
    ['a key id with a colon', pseudonymisation({ keyId: 'a:b' }), 'pseudonymisation.keyId', 'invalid-format'],
    ['an empty key id', pseudonymisation({ keyId: '' }), 'pseudonymisation.keyId', 'invalid-format'],
    ['both secret sources', pseudonymisation({ secret: { env: 'A', file: '/run/s' } }), 'pseudonymisation.secret', 'exactly-one-of'],
    ['no secret source', pseudonymisation({ secret: {} }), 'pseudonymisation.secret', 'exactly-one-of'],
    ['a lower-case variable name', pseudonymisation({ secret: { env: 'my_secret' } }), 'pseudonymisation.secret.env', 'invalid-format'],
    ['a calling code with a plus', pseudonymisation({ phoneCountryCode: '+82' }), 'pseudonymisation.phoneCountryCode', 'invalid-format'],
    ['H3 resolution 16', generalisation({ h3Resolution: 16 }), 'generalisation.h3Resolution', 'too-big'],
    ['H3 resolution -1', generalisation({ h3Resolution: -1 }), 'generalisation.h3Resolution', 'too-small'],
    ['a fractional H3 resolution', generalisation({ h3Resolution: 8.5 }), 'generalisation.h3Resolution', 'invalid-type'],
    ['an H3 resolution as text', generalisation({ h3Resolution: '8' }), 'generalisation.h3Resolution', 'invalid-type'],
    ['a bucket that does not divide a day', generalisation({ timeBucketMinutes: 7 }), 'generalisation.timeBucketMinutes', 'divides-day'],
    ['a zero bucket', generalisation({ timeBucketMinutes: 0 }), 'generalisation.timeBucketMinutes', 'too-small'],
    ['a bucket over a day', generalisation({ timeBucketMinutes: 2880 }), 'generalisation.timeBucketMinutes', 'too-big'],
    ['an open band off the band grid', generalisation({ ageBands: { width: 10, openFrom: 85 } }), 'generalisation.ageBands.openFrom', 'multiple-of-width'],
    ['a zero band width', generalisation({ ageBands: { width: 0 } }), 'generalisation.ageBands.width', 'too-small'],
    ['a legal basis the schema does not know', withSection('legalBasisGate', { 'ai-training': ['legitimateInterest'] }), 'legalBasisGate.ai-training.0', 'invalid-value'],
    ['a purpose the gate does not know', withSection('legalBasisGate', { marketing: ['consent'] }), 'legalBasisGate.marketing', 'unknown-key'],
    ['a misspelt setting', generalisation({ h3Resoluton: 9 }), 'generalisation.h3Resoluton', 'unknown-key'],
    ['a setting at the wrong level', withSection('h3Resolution', 9), 'h3Resolution', 'unknown-key'],
    ['a secret written into the policy', pseudonymisation({ secret: { value: 'hunter2' } }), 'pseudonymisation.secret.value', 'unknown-key'],
  ])('refuses %s, naming the key', (_, document, field, rule) => {
    expect(violationsFor(document)).toContainEqual({ field, rule });
  });

  it.each([['text', 'policy: yes'], ['null', null], ['a list', []]])('refuses a document that is %s', (_, document) => {
    expect(violationsFor(document)).toContainEqual({ field: 'policy', rule: 'invalid-type' });
  });

  it('reports every broken rule at once, under PRIVACY.INVALID_POLICY', () => {
    const document = { ...generalisation({ h3Resolution: 20, timeBucketMinutes: 7 }), version: 'x' };
    const error = (() => {
      try {
        return validatePrivacyPolicy(document, tags);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ code: 'PRIVACY.INVALID_POLICY', retriable: false });
    expect((error as ValidationError).violations.map((v) => v.field)).toEqual(
      expect.arrayContaining(['version', 'generalisation.h3Resolution', 'generalisation.timeBucketMinutes']),
    );
    expect((error as ValidationError).message).toContain('generalisation.h3Resolution');
  });

  it('never echoes a secret put where it does not belong', () => {
    expect(() => validatePrivacyPolicy(pseudonymisation({ secret: { value: 'hunter2' } }), tags)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('hunter2') }),
    );
  });
});
