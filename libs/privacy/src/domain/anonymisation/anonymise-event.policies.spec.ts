import { defaultPolicyDocument, freeTextPolicyDocument, nodeContextOf, testPrivacyPolicy } from '../../testing/test-privacy-policy';
import type { RawSafetyEvent } from '../contract/raw-safety-event';
import type { Pseudonymiser } from '../pseudonymisation/pseudonymiser';
import { anonymiseEvent } from './anonymise-event';

const reveal: Pseudonymiser = (value, purpose) => `${purpose}(${value})`;
const raw: RawSafetyEvent = {
  eventId: 'a6f1e2d3-1111-4222-8333-944455566677',
  city: 'incheon',
  source: { systemId: 'incheon-call-1', kind: 'emergencyCall', legalBasis: 'statute' },
  category: 'health',
  subCategory: 'heartAttack',
  severity: 'critical',
  occurredAt: Date.parse('2026-11-21T23:59:59.999Z'),
  reportedAt: Date.parse('2026-11-22T00:01:00.000Z'),
  location: { latitude: 37.456312, longitude: 126.705234 },
  address: null,
  description: '신고자 김민수(010-1234-5678)가 12가3456 차량 옆에서 쓰러진 83세 남성을 발견',
  reporter: { name: '김민수', phone: '010-1234-5678', email: null },
  vehiclePlates: ['12가 3456'],
  mediaLinks: [],
  deviceId: null,
  subjectAge: 83,
  attributes: { note: '재신고 010 1234 5678', callType: 'medical' },
};

const policyWith = (fields: Record<string, string>, generalisation?: Record<string, unknown>) => {
  const document = freeTextPolicyDocument('scrub', ['ko']);
  return testPrivacyPolicy({
    ...document,
    fields: { ...(document['fields'] as object), ...fields },
    ...(generalisation ? { generalisation } : {}),
  });
};

describe('anonymiseEvent under different policies', () => {
  it('drops the description and attributes when the policy says so', () => {
    const anonymised = anonymiseEvent(raw, nodeContextOf(raw, policyWith({ description: 'drop', attributes: 'drop' }), reveal));
    expect(anonymised.description).toBeNull();
    expect(anonymised.attributes).toEqual({});
  });

  it('drops plates and the age band when the policy says so', () => {
    const anonymised = anonymiseEvent(raw, nodeContextOf(raw, policyWith({ vehiclePlates: 'drop', subjectAge: 'drop' }), reveal));
    expect(anonymised.vehiclePseudonyms).toEqual([]);
    expect(anonymised.ageBand).toBeNull();
  });

  it('still scrubs a dropped plate out of the free text', () => {
    const anonymised = anonymiseEvent(raw, nodeContextOf(raw, policyWith({ vehiclePlates: 'drop' }), reveal));
    expect(anonymised.description).not.toContain('12가');
  });

  it('uses the policy generalisation settings', () => {
    const anonymised = anonymiseEvent(raw, nodeContextOf(raw, policyWith({}, { h3Resolution: 11, timeBucketMinutes: 60, ageBands: { width: 5, openFrom: 85 } }), reveal));
    expect(anonymised).toMatchObject({
      h3Resolution: 11,
      bucketWidthMinutes: 60,
      occurredAtBucketStart: Date.parse('2026-11-21T23:00:00.000Z'),
      ageBand: '80-84',
    });
    expect(anonymised.h3Cell).toMatch(/^8b/);
  });

  it('scrubs Korean free text, particles kept', () => {
    expect(anonymiseEvent(raw, nodeContextOf(raw, policyWith({}), reveal)).description).toBe('신고자 [NAME]([PHONE])가 [PLATE] 차량 옆에서 쓰러진 83세 남성을 발견');
    expect(anonymiseEvent(raw, nodeContextOf(raw, policyWith({}), reveal)).attributes).toEqual({ callType: 'medical' });
  });
});

describe('anonymiseEvent description modes', () => {
  const context = (document: Record<string, unknown>) => nodeContextOf(raw, testPrivacyPolicy(document), reveal);

  it('drops the description by default', () => {
    expect(anonymiseEvent(raw, context(defaultPolicyDocument())).description).toBeNull();
  });

  it('keeps only vocabulary words in vocabulary mode, never the caller or the plate', () => {
    const description = anonymiseEvent(raw, context(freeTextPolicyDocument('vocabulary', ['ko']))).description ?? '';
    expect(description).not.toMatch(/김민수|010|3456/);
    expect(description).toContain('[…]');
  });

  it('cuts free text to the policy length before detection', () => {
    const document = freeTextPolicyDocument('scrub', ['ko']);
    const short = { ...document, freeText: { languages: ['ko'], maxLength: 8 } };
    expect(anonymiseEvent(raw, context(short)).description).toBe('신고자 [NAME](');
  });
});
