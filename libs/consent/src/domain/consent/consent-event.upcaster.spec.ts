import { foldEvents } from '@usm/event-sourcing';
import { consentDecider } from './consent.decider';
import type { StoredConsentEvent } from './consent-event.upcaster';
import { upcastConsentEvent } from './consent-event.upcaster';
import { granted, revoked, t0 } from './consent.spec-fixtures';

const v2 = granted(t0);
const { jurisdiction: _dropped, ...v1Data } = v2.data;
const v1: StoredConsentEvent = { type: 'ConsentGranted', data: v1Data };

describe('upcastConsentEvent: added field with a default (ConsentGranted v1 → v2)', () => {
  it('gives a v1 grant the default jurisdiction, null ("not recorded")', () => {
    expect(upcastConsentEvent(v1)).toEqual({ type: 'ConsentGranted', data: { ...v1Data, jurisdiction: null } });
  });

  it('keeps the jurisdiction of a v2 grant, including an explicit null', () => {
    expect(upcastConsentEvent(v2)).toEqual(v2);
    const unrecorded = granted(t0);
    const withNull = { ...unrecorded, data: { ...unrecorded.data, jurisdiction: null } };
    expect(upcastConsentEvent(withNull)).toEqual(withNull);
  });

  it('folds v1 and v2 histories to the same state but for the new field', () => {
    const fold = (events: readonly StoredConsentEvent[]) => foldEvents(consentDecider, events.map(upcastConsentEvent));
    const fromV1 = fold([v1, revoked(t0 + 1)]);
    const fromV2 = fold([{ ...v2, data: { ...v2.data, jurisdiction: null } }, revoked(t0 + 1)]);
    expect(fromV1).toEqual(fromV2);
    expect(fromV1.status).toBe('revoked');
  });
});

describe('upcastConsentEvent: events whose shape never changed', () => {
  it('returns them as they are', () => {
    const event = revoked(t0, 'subjectRequest');
    expect(upcastConsentEvent(event)).toBe(event);
  });
});
