import { freeTextPolicyDocument, nodeContextOf, testPrivacyPolicy } from '../../testing/test-privacy-policy';
import type { RawSafetyEvent } from '../contract/raw-safety-event';
import type { Pseudonymiser } from '../pseudonymisation/pseudonymiser';
import { anonymiseEvent } from './anonymise-event';

// Shows what was pseudonymised, so expectations can name it; real pseudonyms are HMACs.
const reveal: Pseudonymiser = (value, purpose) => `${purpose}(${value})`;

const raw: RawSafetyEvent = {
  eventId: '3f1c6f0e-8d7b-4c1a-9a53-2d7f9e0b6a41',
  city: 'hamburg',
  source: { systemId: 'hamburg-cctv-17', kind: 'cctvAnalytics', legalBasis: 'consent' },
  category: 'traffic',
  subCategory: 'carAccident',
  severity: 'high',
  occurredAt: Date.parse('2026-11-21T10:22:33.444Z'),
  reportedAt: Date.parse('2026-11-21T10:25:00.000Z'),
  location: { latitude: 53.551086, longitude: 9.993682 },
  address: { streetAddress: 'Mönckebergstraße 7', district: 'Hamburg-Mitte', locality: 'Hamburg', postalCode: '20095', country: 'DE' },
  description: 'Anrufer Hans Müller (Tel. 040 12345678) meldet Unfall mit HH-AB 1234 vor Mönckebergstraße 7, Video https://media.example.org/a.mp4',
  reporter: { name: 'Hans Müller', phone: '+49 40 12345678', email: 'hans@example.com' },
  vehiclePlates: ['HH-AB 1234', 'hh ab1234', 'B-XY 99'],
  mediaLinks: ['https://media.example.org/a.mp4'],
  deviceId: 'SN-8CFFC979A6',
  subjectAge: 37,
  attributes: { objectClass: 'car', confidence: '0.930', note: 'Gerät SN-8CFFC979A6, Zeuge 0151 23456789', 'caller 040 12345678': 'yes' },
};

describe('anonymiseEvent', () => {
  const anonymised = anonymiseEvent(raw, nodeContextOf(raw, testPrivacyPolicy(freeTextPolicyDocument('scrub', ['de'])), reveal));

  it('keeps what identifies no one', () => {
    expect(anonymised).toMatchObject({
      eventId: raw.eventId,
      city: 'hamburg',
      source: { kind: 'cctvAnalytics', legalBasis: 'consent' },
      category: 'traffic',
      subCategory: 'carAccident',
      severity: 'high',
    });
  });

  it('drops the source system id', () => {
    expect(anonymised.source).toEqual({ kind: 'cctvAnalytics', legalBasis: 'consent' });
  });

  it('generalises the time to its bucket start and says the width', () => {
    expect(anonymised.occurredAtBucketStart).toBe(Date.parse('2026-11-21T10:15:00.000Z'));
    expect(anonymised.bucketWidthMinutes).toBe(15);
  });

  it('generalises the location to an H3 cell at the policy resolution', () => {
    expect(anonymised.h3Cell).toBe('881f15ad3dfffff');
    expect(anonymised.h3Resolution).toBe(8);
  });

  it('keeps the district only as a value of the city gazetteer', () => {
    const spelt = (district: string) => ({ ...raw, address: { ...raw.address, district } }) as RawSafetyEvent;
    expect(anonymiseEvent(spelt('bezirk hamburg mitte'), nodeContextOf(raw, testPrivacyPolicy(), reveal)).district).toBe('Hamburg-Mitte');
    expect(anonymiseEvent(spelt('Eimsbuettel'), nodeContextOf(raw, testPrivacyPolicy(), reveal)).district).toBe('Eimsbüttel');
    expect(anonymiseEvent(spelt('bei Hans Müller, Altona'), nodeContextOf(raw, testPrivacyPolicy(), reveal)).district).toBeNull();
  });

  it('keeps the address to its district and the age to its band', () => {
    expect(anonymised.district).toBe('Hamburg-Mitte');
    expect(anonymised.ageBand).toBe('30-39');
  });

  it('pseudonymises the reporter by phone and every plate, normalised, in order', () => {
    expect(anonymised.reporterPseudonym).toBe('reporter(tel:+494012345678)');
    expect(anonymised.vehiclePseudonyms).toEqual(['vehicle-plate(HHAB1234)', 'vehicle-plate(HHAB1234)', 'vehicle-plate(BXY99)']);
  });

  it('scrubs the description of detected and known identifiers', () => {
    expect(anonymised.description).toBe('Anrufer [NAME] (Tel. [PHONE]) meldet Unfall mit [PLATE] vor [ADDRESS], Video [URL]');
  });

  it('keeps only the attributes declared for its source kind, canonical, in key order', () => {
    expect(anonymised.attributes).toEqual({ confidence: '0.93', objectClass: 'car' });
    expect(Object.keys(anonymised.attributes)).toEqual(['confidence', 'objectClass']);
  });

  it('counts the dropped attributes, undeclared keys under one label', () => {
    const attributesDropped = jest.fn();
    anonymiseEvent(raw, { ...nodeContextOf(raw, testPrivacyPolicy(), reveal), attributeDrops: { attributesDropped } });
    expect(attributesDropped).toHaveBeenCalledWith('cctvAnalytics', [{ key: '(undeclared)', reason: 'undeclared', count: 2 }]);
  });

  it('drops the description under the default policy', () => {
    expect(anonymiseEvent(raw, nodeContextOf(raw, testPrivacyPolicy(), reveal)).description).toBeNull();
  });

  it('records the policy version and key id', () => {
    expect(anonymised.privacy).toEqual({ policyVersion: '2026-11-21.1', keyId: 'test-key' });
  });

  it('has nulls and empty lists where the raw event had nothing', () => {
    const bare = { ...raw, address: null, description: null, reporter: null, vehiclePlates: [], mediaLinks: [], deviceId: null, subjectAge: null, attributes: {} };
    expect(anonymiseEvent(bare, nodeContextOf(bare, testPrivacyPolicy(), reveal))).toMatchObject({
      district: null,
      ageBand: null,
      description: null,
      reporterPseudonym: null,
      vehiclePseudonyms: [],
      attributes: {},
    });
  });

  it('gives a district of null for an address without one', () => {
    const noDistrict = { ...raw, address: { ...raw.address, district: null } } as RawSafetyEvent;
    expect(anonymiseEvent(noDistrict, nodeContextOf(noDistrict, testPrivacyPolicy(), reveal)).district).toBeNull();
  });
});
