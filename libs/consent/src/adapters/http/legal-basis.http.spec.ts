import request from 'supertest';
import type { LedgerHttpTestApp } from '../../testing/ledger-http-test-app';
import { createLedgerHttpTestApp } from '../../testing/ledger-http-test-app';

describe('legal-basis HTTP API', () => {
  let ledger: LedgerHttpTestApp;
  const http = () => request(ledger.app.getHttpServer());

  beforeAll(async () => {
    ledger = await createLedgerHttpTestApp(new Date('2026-03-01T00:00:00Z'));
    const scope = { sourceKinds: ['crowdMonitor'], categories: ['security'] };
    await http().post('/v1/consents/psn-5/aiValidation/grant').send({ scope, noticeVersion: 'n-1' }).expect(201);
  });
  afterAll(() => ledger.app.close());

  it('200: allowed for a consent in force, not before it', async () => {
    const ask = (at: string) => http().get('/v1/legal-basis/allows').query({ subjectId: 'psn-5', legalBasis: 'consent', purpose: 'aiValidation', at });
    await ask('2026-03-02T00:00:00Z').expect(200, { allowed: true });
    await ask('2026-02-28T00:00:00Z').expect(200, { allowed: false });
  });

  it('200: cross-border sharing for a keyed pseudonym needs its own consent, and stops at its revocation', async () => {
    const subject = 'hmac-sha256:default-2026-11:q3Zf_0-x';
    const path = `/v1/consents/${encodeURIComponent(subject)}/crossBorderSharing`;
    const ask = () => http().get('/v1/legal-basis/allows').query({ subjectId: subject, legalBasis: 'consent', purpose: 'crossBorderSharing', at: '2026-03-01T00:00:00Z' });
    await ask().expect(200, { allowed: false });
    await http().post(`${path}/grant`).send({ scope: { sourceKinds: ['citizenReport'], categories: ['security'] }, noticeVersion: 'n-1' }).expect(201);
    await ask().expect(200, { allowed: true });
    await http().post(`${path}/revoke`).send({}).expect(201);
    await ask().expect(200, { allowed: false });
  });

  it('503 CONSENT.LEGAL_BASIS_UNKNOWN with Retry-After when the event store cannot be read, never an answer', async () => {
    const broken = await createLedgerHttpTestApp(new Date('2026-03-01T00:00:00Z'));
    try {
      broken.store.readStream = async () => Promise.reject(new Error('connection refused'));
      const response = await request(broken.app.getHttpServer())
        .get('/v1/legal-basis/allows')
        .query({ subjectId: 'psn-5', legalBasis: 'consent', purpose: 'aiTraining', at: '2026-03-02T00:00:00Z' })
        .expect(503);
      expect(response.body).toMatchObject({ code: 'CONSENT.LEGAL_BASIS_UNKNOWN' });
      expect(response.body).not.toHaveProperty('allowed');
      expect(response.headers['retry-after']).toBeDefined();
    } finally {
      await broken.app.close();
    }
  });

  it('400: names missing and invalid parameters', async () => {
    const response = await http().get('/v1/legal-basis/allows').query({ legalBasis: 'gutFeeling' }).expect(400);
    const fields = (response.body.violations as { field: string }[]).map((v) => v.field);
    expect(fields).toEqual(expect.arrayContaining(['query.legalBasis', 'query.purpose', 'query.at']));
  });
});
