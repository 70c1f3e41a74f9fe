import type { Recorded } from '../recorded';
import type { AgreementLifecycleEvent } from './agreement.events';
import type { AgreementRow } from './agreements-current.projection';
import { evolveAgreementRow, isInForce } from './agreements-current.projection';
import { activated, agreementId, drafted, histories, inside, proposed, signed, suspended, terminated, validFrom, validUntil } from './agreement.spec-fixtures';

const apply = (events: readonly AgreementLifecycleEvent[]) =>
  events.reduce<AgreementRow | null>((row, event, i) => evolveAgreementRow(row, { event, version: i + 1, occurredAt: inside } as Recorded<AgreementLifecycleEvent>), null);

describe('agreements_current projection', () => {
  it('creates the row with the terms on a draft', () => {
    expect(apply([drafted])).toEqual({
      agreementId,
      partnerId: 'barcelona',
      partnerName: 'Ajuntament de Barcelona',
      partnerKind: 'city',
      topics: ['safety.events.anonymised.v1'],
      purposes: ['aiTraining'],
      partnerRetentionDays: 90,
      validFrom: new Date(validFrom),
      validUntil: new Date(validUntil),
      status: 'draft',
      citySignedAt: null,
      partnerSignedAt: null,
      activatedAt: null,
      version: 1,
      updatedAt: new Date(inside),
    });
  });

  it('records each side’s signature', () => {
    expect(apply([drafted, proposed(), signed('partner', inside + 7)])).toMatchObject({ status: 'proposed', partnerSignedAt: new Date(inside + 7), citySignedAt: null });
  });

  it.each([
    ['active', histories.active],
    ['suspended', histories.suspended],
    ['active', [...histories.suspended, activated(inside + 1)]],
    ['terminated', [...histories.active, terminated()]],
  ])('follows the lifecycle to %s', (status, events) => {
    expect(apply(events)).toMatchObject({ status, version: events.length });
  });

  it('keeps the row when an event is replayed', () => {
    const row = apply(histories.active);
    expect(evolveAgreementRow(row, { event: suspended(), version: 3, occurredAt: inside })).toBe(row);
  });

  it('ignores events before the draft', () => {
    expect(apply([proposed()])).toBeNull();
  });
});

describe('isInForce', () => {
  const active = apply(histories.active) as AgreementRow;

  it('holds for an active agreement within its validity', () => {
    expect(isInForce(active, new Date(inside))).toBe(true);
  });

  it.each([
    ['before its validity', validFrom - 1],
    ['at its exclusive end', validUntil],
  ])('does not hold %s', (_when, at) => {
    expect(isInForce(active, new Date(at))).toBe(false);
  });

  it('does not hold for a suspended agreement', () => {
    expect(isInForce(apply(histories.suspended) as AgreementRow, new Date(inside))).toBe(false);
  });
});
