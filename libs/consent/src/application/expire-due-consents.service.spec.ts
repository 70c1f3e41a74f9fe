import request from 'supertest';
import type { LedgerHttpTestApp } from '../testing/ledger-http-test-app';
import { createLedgerHttpTestApp } from '../testing/ledger-http-test-app';
import { ExpireDueConsentsService } from './expire-due-consents.service';

const grant = (expiresAt: string) => ({ scope: { sourceKinds: ['fireSensor'], categories: ['environment'] }, noticeVersion: 'n-1', expiresAt });

describe('ExpireDueConsentsService (the expiry scheduler pass)', () => {
  let ledger: LedgerHttpTestApp;
  const http = () => request(ledger.app.getHttpServer());
  const pass = () => ledger.app.get(ExpireDueConsentsService).runOnce();

  beforeEach(async () => {
    ledger = await createLedgerHttpTestApp(new Date('2026-01-01T00:00:00Z'));
    await http().post('/v1/consents/psn-a/research/grant').send(grant('2026-02-01T00:00:00Z')).expect(201);
    await http().post('/v1/consents/psn-b/research/grant').send(grant('2026-06-01T00:00:00Z')).expect(201);
  });
  afterEach(() => ledger.app.close());

  it('expires nothing before any expiry is reached', async () => {
    await expect(pass()).resolves.toEqual({ expired: 0, skipped: 0 });
  });

  it('expires exactly the consents whose expiry is reached, once', async () => {
    ledger.clock.set(new Date('2026-02-01T00:00:00Z'));
    await expect(pass()).resolves.toEqual({ expired: 1, skipped: 0 });
    await expect(pass()).resolves.toEqual({ expired: 0, skipped: 0 });
    await http().get('/v1/consents/psn-a/research').expect(200).then((r) => expect(r.body).toMatchObject({ status: 'expired', version: 2 }));
    await http().get('/v1/consents/psn-b/research').expect(200).then((r) => expect(r.body.status).toBe('granted'));
  });

  it('records one expiry per consent when two passes race', async () => {
    ledger.clock.set(new Date('2026-07-01T00:00:00Z'));
    const [first, second] = await Promise.all([pass(), pass()]);
    expect((first?.expired ?? 0) + (second?.expired ?? 0)).toBe(2);
    expect(ledger.store.allEvents().filter((event) => event.type === 'ConsentExpired')).toHaveLength(2);
  });
});
