import type { ConsentEvent } from './consent.events';
import { evolveConsentCurrent } from './consent-current.projection';
import { evolveConsentHistory } from './consent-history.projection';
import { viewAsOf, viewOfCurrent } from './consent-view';
import { day, granted, renewed, revoked, subjectId, t0 } from './consent.spec-fixtures';

const history = (events: readonly ConsentEvent[]) => events.map((event, i) => evolveConsentHistory(null, { event, version: i + 1, occurredAt: t0 }));
const asOf = (events: readonly ConsentEvent[], at: number) => viewAsOf(subjectId, 'aiTraining', history(events), new Date(at));

describe('viewAsOf', () => {
  const timeline = [granted(t0, t0 + 10 * day), renewed(t0 + 5 * day, t0 + 20 * day), revoked(t0 + 15 * day)];

  it.each([
    ['before the grant', t0 - 1, 'none', 0],
    ['at the grant', t0, 'granted', 1],
    ['after the renewal, past the first expiry', t0 + 12 * day, 'granted', 2],
    ['after the revocation', t0 + 16 * day, 'revoked', 3],
  ])('answers %s', (_when, at, status, version) => {
    expect(asOf(timeline, at)).toMatchObject({ status, version });
  });

  it('answers expired once the expiry passed, even before the scheduler recorded it', () => {
    expect(asOf([granted(t0, t0 + day)], t0 + day)).toMatchObject({ status: 'expired', expiresAt: new Date(t0 + day) });
  });

  it('folds rows in stream order whatever order they come in', () => {
    const rows = history(timeline).reverse();
    expect(viewAsOf(subjectId, 'aiTraining', rows, new Date(t0 + 16 * day)).status).toBe('revoked');
  });
});

describe('viewOfCurrent', () => {
  it('answers none with version 0 when no row exists', () => {
    expect(viewOfCurrent(subjectId, 'research', null, new Date(t0))).toMatchObject({ status: 'none', version: 0, purpose: 'research' });
  });

  it('answers expired for a granted row whose expiry passed', () => {
    const row = evolveConsentCurrent(null, { event: granted(t0, t0 + day), version: 1, occurredAt: t0 });
    expect(viewOfCurrent(subjectId, 'aiTraining', row, new Date(t0 + day - 1)).status).toBe('granted');
    expect(viewOfCurrent(subjectId, 'aiTraining', row, new Date(t0 + day)).status).toBe('expired');
  });
});
