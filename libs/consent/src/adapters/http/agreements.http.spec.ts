import request from 'supertest';
import type { LedgerHttpTestApp } from '../../testing/ledger-http-test-app';
import { createLedgerHttpTestApp } from '../../testing/ledger-http-test-app';
import { agreementStreamId } from '../../domain/agreement/agreement-stream-id';

const now = new Date('2026-03-01T09:00:00Z');
const draftBody = {
  partner: { partnerId: 'barcelona', name: 'Ajuntament de Barcelona', kind: 'city' },
  topics: ['safety.events.anonymised.v1', 'safety.labels.v1'],
  purposes: ['aiTraining', 'aiValidation'],
  partnerRetentionDays: 90,
  validity: { validFrom: '2026-01-01T00:00:00Z', validUntil: '2027-01-01T00:00:00Z' },
};

describe('agreements HTTP API', () => {
  let ledger: LedgerHttpTestApp;
  const http = () => request(ledger.app.getHttpServer());
  // `as` is `<issuer city>:<subject>` (see specAuthenticator): barcelona is the partner's own identity provider.
  const step = (id: string, action: string, body: object = {}, as = 'incheon:officer-12') => http().post(`/v1/agreements/${id}/${action}`).set('Authorization', `Bearer ${as}`).send(body);

  beforeEach(async () => {
    ledger = await createLedgerHttpTestApp(now);
  });
  afterEach(() => ledger.app.close());

  it('201 → 200: drafts, proposes, both sign, activates; then lists it as active for the partner', async () => {
    const drafted = await http().post('/v1/agreements').send(draftBody).expect(201);
    const id = drafted.body.aggregateId as string;
    await step(id, 'propose', { expectedVersion: 1 }).expect(201);
    await step(id, 'sign', {}, 'incheon:mayor-office-1').expect(201);
    await step(id, 'sign', {}, 'barcelona:bcn-dpo-1').expect(201);
    await step(id, 'activate', { expectedVersion: 4 }).expect(201).then((r) => expect(r.body).toMatchObject({ version: 5, events: ['AgreementActivated'] }));

    const active = await http().get('/v1/agreements/active').query({ partnerId: 'barcelona' }).expect(200);
    expect(active.body).toEqual([expect.objectContaining({ agreementId: id, status: 'active', partnerKind: 'city', citySignedAt: now.toISOString() })]);
    await http().get('/v1/agreements/active').query({ partnerId: 'hamburg' }).expect(200, []);
    await http().get(`/v1/agreements/${id}`).expect(200).then((r) => expect(r.body).toMatchObject({ status: 'active', version: 5 }));
  });

  it('201: a repeated Idempotency-Key on a draft answers with the agreement it first created', async () => {
    const first = await http().post('/v1/agreements').set('Idempotency-Key', 'draft-1').send(draftBody).expect(201);
    const again = await http().post('/v1/agreements').set('Idempotency-Key', 'draft-1').send(draftBody).expect(201);
    expect(again.body).toMatchObject({ aggregateId: first.body.aggregateId, outcome: 'duplicate' });
  });

  it('422: activation before both signed names the missing signatures', async () => {
    const id = (await http().post('/v1/agreements').send(draftBody).expect(201)).body.aggregateId as string;
    await step(id, 'propose').expect(201);
    await step(id, 'sign', {}, 'incheon:mayor-office-1').expect(201);
    await step(id, 'activate').expect(422).then((r) => expect(r.body.code).toBe('AGREEMENT.SIGNATURES_MISSING'));
  });

  it('422: a draft sharing a topic that never leaves the city is refused', async () => {
    const response = await http().post('/v1/agreements').send({ ...draftBody, topics: ['safety.events.raw.v1'] }).expect(422);
    expect(response.body.code).toBe('AGREEMENT.TOPIC_NOT_SHAREABLE');
  });

  it('400: names each broken field of a draft', async () => {
    const response = await http().post('/v1/agreements').send({ ...draftBody, partnerRetentionDays: 0, partner: { partnerId: 'x' } }).expect(400);
    const fields = (response.body.violations as { field: string }[]).map((v) => v.field);
    expect(fields).toEqual(expect.arrayContaining(['body.partnerRetentionDays', 'body.partner.name', 'body.partner.kind']));
  });

  it('400: an Idempotency-Key and a different body commandId', async () => {
    const response = await http().post('/v1/agreements').set('Idempotency-Key', 'a').send({ ...draftBody, commandId: 'b' }).expect(400);
    expect(response.body.violations).toEqual([expect.objectContaining({ field: 'body.commandId', rule: 'matches-idempotency-key' })]);
  });

  it('404: unknown agreement, for commands and queries', async () => {
    await step('no-such-agreement', 'propose').expect(404).then((r) => expect(r.body.code).toBe('AGREEMENT.NOT_FOUND'));
    await http().get('/v1/agreements/no-such-agreement').expect(404);
  });

  it('409: a stale expectedVersion', async () => {
    const id = (await http().post('/v1/agreements').send(draftBody).expect(201)).body.aggregateId as string;
    await step(id, 'propose', { expectedVersion: 1 }).expect(201);
    const response = await step(id, 'terminate', { reasonCode: 'mutualConsent', expectedVersion: 1 }).expect(409);
    expect(response.body).toMatchObject({ expectedVersion: 1, actualVersion: 2 });
  });

  it('the party and signatory come from the token: the body cannot sign for the partner, another city cannot sign at all', async () => {
    const id = (await http().post('/v1/agreements').send(draftBody).expect(201)).body.aggregateId as string;
    await step(id, 'propose').expect(201);
    await step(id, 'sign', { party: 'partner', signatoryId: 'forged' }, 'incheon:mayor-office-1').expect(201);
    await step(id, 'sign', {}, 'hamburg:intruder').expect(403);
    await step(id, 'activate').expect(422).then((r) => expect(r.body.code).toBe('AGREEMENT.SIGNATURES_MISSING'));
    const { events } = await ledger.store.readStream(agreementStreamId(id));
    expect(events.filter((e) => e.type === 'AgreementSigned').map((e) => e.data)).toEqual([expect.objectContaining({ party: 'city', signatoryId: 'mayor-office-1' })]);
  });

  it('a partner reads only its own agreements', async () => {
    const id = (await http().post('/v1/agreements').send(draftBody).expect(201)).body.aggregateId as string;
    await http().get(`/v1/agreements/${id}`).set('Authorization', 'Bearer barcelona:bcn-dpo-1').expect(200);
    await http().get(`/v1/agreements/${id}`).set('Authorization', 'Bearer hamburg:someone').expect(403);
  });
});
