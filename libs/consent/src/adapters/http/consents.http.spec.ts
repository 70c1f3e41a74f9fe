import request from 'supertest';
import type { LedgerHttpTestApp } from '../../testing/ledger-http-test-app';
import { createLedgerHttpTestApp } from '../../testing/ledger-http-test-app';

const now = new Date('2026-03-01T09:00:00Z');
const grantBody = {
  scope: { sourceKinds: ['cctvAnalytics'], categories: ['traffic'] },
  noticeVersion: 'notice-3',
  jurisdiction: 'KR',
  expiresAt: '2027-03-01T00:00:00Z',
};

describe('consents HTTP API', () => {
  let ledger: LedgerHttpTestApp;
  const http = () => request(ledger.app.getHttpServer());

  beforeEach(async () => {
    ledger = await createLedgerHttpTestApp(now);
  });
  afterEach(() => ledger.app.close());

  it('201: grants a consent and reads it back as granted, version 1', async () => {
    const granted = await http().post('/v1/consents/psn-1/aiTraining/grant').send(grantBody).expect(201);
    expect(granted.body).toMatchObject({ aggregateId: 'consent-psn-1-aiTraining', outcome: 'appended', version: 1, events: ['ConsentGranted'] });
    const read = await http().get('/v1/consents/psn-1/aiTraining').expect(200);
    expect(read.body).toMatchObject({ status: 'granted', legalBasis: 'consent', version: 1, expiresAt: '2027-03-01T00:00:00.000Z' });
  });

  it('200: the same grant again records nothing', async () => {
    await http().post('/v1/consents/psn-1/aiTraining/grant').send(grantBody).expect(201);
    const again = await http().post('/v1/consents/psn-1/aiTraining/grant').send(grantBody).expect(200);
    expect(again.body).toMatchObject({ outcome: 'unchanged', version: 1, events: [] });
  });

  it('201: a repeated Idempotency-Key replays the first answer without a second event', async () => {
    const first = await http().post('/v1/consents/psn-1/research/grant').set('Idempotency-Key', 'k-1').send(grantBody).expect(201);
    const replay = await http().post('/v1/consents/psn-1/research/grant').set('Idempotency-Key', 'k-1').send(grantBody).expect(201);
    expect(replay.body).toMatchObject({ outcome: 'duplicate', commandId: 'k-1', version: first.body.version });
    expect(ledger.store.allEvents()).toHaveLength(1);
  });

  it('400: lists every broken field with its rule', async () => {
    const response = await http()
      .post('/v1/consents/psn-1/aiTraining/grant')
      .send({ scope: { sourceKinds: [], categories: ['flood'] }, expiresAt: 'tomorrow' })
      .expect(400);
    expect(response.body.code).toBe('LEDGER.INVALID_REQUEST');
    const fields = (response.body.violations as { field: string; rule: string }[]).map((v) => v.field);
    expect(fields).toEqual(expect.arrayContaining(['body.scope.sourceKinds', 'body.scope.categories.0', 'body.noticeVersion', 'body.expiresAt']));
  });

  it('400: refuses an unknown purpose in the path', async () => {
    const response = await http().post('/v1/consents/psn-1/marketing/grant').send(grantBody).expect(400);
    expect(response.body.violations).toEqual([expect.objectContaining({ field: 'params.purpose', rule: 'invalid_value' })]);
  });

  it('400: a body that is not JSON is refused without echoing it', async () => {
    const response = await http().post('/v1/consents/psn-1/aiTraining/grant').set('content-type', 'application/json').send('{"noticeVersion": psn-secret').expect(400);
    expect(response.body).toMatchObject({ code: 'LEDGER.MALFORMED_REQUEST', violations: [{ field: 'body', rule: 'json' }] });
    expect(JSON.stringify(response.body)).not.toContain('psn-secret');
  });

  it('404: revoking a consent never granted', async () => {
    const response = await http().post('/v1/consents/psn-9/aiTraining/revoke').send({}).expect(404);
    expect(response.body.code).toBe('CONSENT.NOT_FOUND');
  });

  it('409: a stale expectedVersion names expected and actual versions', async () => {
    await http().post('/v1/consents/psn-1/aiTraining/grant').send(grantBody).expect(201);
    await http().post('/v1/consents/psn-1/aiTraining/revoke').send({ expectedVersion: 1 }).expect(201);
    const response = await http().post('/v1/consents/psn-1/aiTraining/grant').send({ ...grantBody, expectedVersion: 1 }).expect(409);
    expect(response.body).toMatchObject({ code: 'EVENT_SOURCING.VERSION_CONFLICT', expectedVersion: 1, actualVersion: 2 });
  });

  it('422: revoking twice is refused with a stable code', async () => {
    await http().post('/v1/consents/psn-1/aiTraining/grant').send(grantBody).expect(201);
    await http().post('/v1/consents/psn-1/aiTraining/revoke').send({ reasonCode: 'subjectRequest' }).expect(201);
    const response = await http().post('/v1/consents/psn-1/aiTraining/revoke').send({}).expect(422);
    expect(response.body.code).toBe('CONSENT.ALREADY_REVOKED');
    expect(Object.fromEntries(ledger.metrics.counts)).toEqual({
      'consent/GrantConsent/appended': 1,
      'consent/RevokeConsent/appended': 1,
      'consent/RevokeConsent/refused': 1,
    });
  });

  it('200: answers asOf a past instant and lists the history', async () => {
    await http().post('/v1/consents/psn-1/aiTraining/grant').send(grantBody).expect(201);
    ledger.clock.set(new Date('2026-04-01T00:00:00Z'));
    await http().post('/v1/consents/psn-1/aiTraining/renew').send({ noticeVersion: 'notice-4', expiresAt: null }).expect(201);
    ledger.clock.set(new Date('2026-05-01T00:00:00Z'));
    await http().post('/v1/consents/psn-1/aiTraining/revoke').send({}).expect(201);

    await http().get('/v1/consents/psn-1/aiTraining').query({ asOf: '2026-03-15T00:00:00Z' }).expect(200).then((r) => expect(r.body).toMatchObject({ status: 'granted', version: 1 }));
    await http().get('/v1/consents/psn-1/aiTraining').query({ asOf: '2026-02-01T00:00:00Z' }).expect(200).then((r) => expect(r.body.status).toBe('none'));
    await http().get('/v1/consents/psn-1/aiTraining').expect(200).then((r) => expect(r.body).toMatchObject({ status: 'revoked', version: 3 }));
    const history = await http().get('/v1/consents/psn-1/history').expect(200);
    expect(history.body.map((entry: { type: string }) => entry.type)).toEqual(['ConsentGranted', 'ConsentRenewed', 'ConsentRevoked']);
  });

  it('200: answers none for a subject with no consent', async () => {
    await http().get('/v1/consents/psn-2/research').expect(200).then((r) => expect(r.body).toMatchObject({ status: 'none', version: 0 }));
  });
});
