import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { ConsentRecordEvent } from '@usm/contracts';
import type { ProjectionRunner } from '@usm/event-sourcing';
import { EVENT_SOURCING_DATA_SOURCE, PROJECTION_RUNNER, tableChecksum } from '@usm/event-sourcing';
import { ObservabilityModule } from '@usm/observability';
import { protectEveryPath, securityOf } from '@usm/security';
import { cityStack, tokenFor, uniqueName, waitFor } from '@usm/testing';
import { AgreementsCurrentEntity } from './adapters/postgres/agreements-current.entity';
import { ConsentCurrentEntity } from './adapters/postgres/consent-current.entity';
import { ConsentHistoryEntity } from './adapters/postgres/consent-history.entity';
import { ConsentModule } from './consent.module';
import type { LedgerIntStack } from './testing/ledger-int-stack';
import { openLedgerIntStack } from './testing/ledger-int-stack';
import { readTopicValues } from './testing/read-topic-values';

const grantBody = { scope: { sourceKinds: ['cctvAnalytics'], categories: ['traffic'] }, noticeVersion: 'notice-3', jurisdiction: 'KR', expiresAt: '2099-01-01T00:00:00Z' };
const draftBody = {
  partner: { partnerId: 'barcelona', name: 'Ajuntament de Barcelona', kind: 'city' },
  topics: ['safety.events.anonymised.v1'],
  purposes: ['research'],
  partnerRetentionDays: 30,
  validity: { validFrom: '2020-01-01T00:00:00Z', validUntil: null },
};

describe('ConsentModule on Kafka, Apicurio and PostgreSQL: command → topic → read model', () => {
  let stack: LedgerIntStack;
  let app: INestApplication;
  let dataSource: DataSource;
  let token = '';
  let partnerToken = '';
  // Every call as incheon's city administrator, verified by the real Keycloak as apps/consent does.
  const http = () => request.agent(app.getHttpServer()).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    stack = await openLedgerIntStack();
    const incheon = cityStack('incheon');
    const barcelona = cityStack('barcelona');
    token = await tokenFor(incheon, 'city-admin');
    partnerToken = await tokenFor(barcelona, 'dpo');
    const partnerIssuers = { barcelona: barcelona.identity.issuer };
    const security = securityOf({ kind: 'verify', settings: { city: 'incheon', issuer: incheon.identity.issuer, audience: 'usm-consent', partnerIssuers } }, { audited: true });
    const moduleRef = await Test.createTestingModule({
      controllers: security.controllers,
      providers: security.providers,
      imports: [
        ObservabilityModule.forRoot({ serviceName: 'consent', city: 'incheon', logLevel: 'silent' }),
        ConsentModule.forRoot({
          database: { url: stack.databaseUrl, schema: stack.schema },
          kafka: { brokers: stack.brokers, security: stack.security, clientId: uniqueName('consent-int') },
          registryUrl: stack.registryUrl,
          registryCredentials: stack.registryCredentials,
          topics: stack.topics,
          relay: { relayId: uniqueName('consent-relay'), pollIntervalMs: 50 },
          projectionSettings: { groupPrefix: uniqueName('consent-int'), sessionTimeoutMs: 6_000 },
          expiryIntervalMs: 500,
        }),
      ],
    }).compile();
    app = moduleRef.createNestApplication({ logger: ['error', 'warn'] });
    protectEveryPath(app);
    await app.init();
    dataSource = app.get<DataSource>(EVENT_SOURCING_DATA_SOURCE);
  });

  afterAll(async () => {
    await app?.close();
    await stack?.drop();
  });

  it('a grant lands on the topic as a ConsentGranted envelope and in consent_current and consent_history', async () => {
    await http().post('/v1/consents/psn-int-1/aiTraining/grant').set('Idempotency-Key', 'grant-int-1').send(grantBody).expect(201);

    const records = await readTopicValues<ConsentRecordEvent>(stack.kafka, stack.codec, stack.topics.consentRecords, (values) => values.length >= 1);
    expect(records[0]).toMatchObject({
      key: 'consent-psn-int-1-aiTraining',
      value: { type: 'ConsentGranted', metadata: { aggregateId: 'consent-psn-int-1-aiTraining', aggregateVersion: 1, commandId: 'grant-int-1' } },
    });
    expect(records[0]?.value.data).toEqual({ 'mesh.consent.ConsentGranted': expect.objectContaining({ jurisdiction: 'KR', noticeVersion: 'notice-3' }) });

    const row = await waitFor(() => dataSource.getRepository(ConsentCurrentEntity).findOneBy({ subjectId: 'psn-int-1', purpose: 'aiTraining' }).then((r) => r ?? undefined), {
      timeoutMs: 60_000,
      description: 'the consent_current row',
    });
    expect(row).toMatchObject({ status: 'granted', legalBasis: 'consent', version: 1, jurisdiction: 'KR' });
    await http().get('/v1/consents/psn-int-1/aiTraining').expect(200).then((r) => expect(r.body).toMatchObject({ status: 'granted', version: 1 }));
  });

  it('a revocation with a stale version is refused with 409; with the right one it projects', async () => {
    await http().post('/v1/consents/psn-int-1/aiTraining/revoke').send({ expectedVersion: 0 }).expect(409);
    await http().post('/v1/consents/psn-int-1/aiTraining/revoke').send({ expectedVersion: 1, reasonCode: 'subjectRequest' }).expect(201);
    await waitFor(async () => (await dataSource.getRepository(ConsentCurrentEntity).findOneBy({ subjectId: 'psn-int-1' }))?.status === 'revoked', {
      timeoutMs: 60_000,
      description: 'the revocation in consent_current',
    });
    const history = await http().get('/v1/consents/psn-int-1/history').expect(200);
    expect(history.body.map((entry: { type: string }) => entry.type)).toEqual(['ConsentGranted', 'ConsentRevoked']);
  });

  it('the expiry scheduler records ConsentExpired once the expiry is reached', async () => {
    const expiresAt = new Date(Date.now() + 1_500).toISOString();
    await http().post('/v1/consents/psn-int-2/statistics/grant').send({ ...grantBody, expiresAt }).expect(201);
    const row = await waitFor(
      async () => {
        const current = await dataSource.getRepository(ConsentCurrentEntity).findOneBy({ subjectId: 'psn-int-2', purpose: 'statistics' });
        return current?.status === 'expired' ? current : undefined;
      },
      { timeoutMs: 60_000, description: 'the scheduled expiry in consent_current' },
    );
    expect(row).toMatchObject({ version: 2, endedAt: new Date(expiresAt) });
  });

  it("an agreement signed by both sides (the partner from its own realm) and activated is listed as active for its partner", async () => {
    const id = (await http().post('/v1/agreements').send(draftBody).expect(201)).body.aggregateId as string;
    await http().post(`/v1/agreements/${id}/propose`).send({}).expect(201);
    await http().post(`/v1/agreements/${id}/sign`).send({}).expect(201);
    const asPartner = () => request(app.getHttpServer());
    await waitFor(async () => (await asPartner().get(`/v1/agreements/${id}`).set('Authorization', `Bearer ${partnerToken}`)).status === 200, { timeoutMs: 60_000, description: 'the agreement in the read model' });
    await asPartner().post(`/v1/agreements/${id}/sign`).set('Authorization', `Bearer ${partnerToken}`).send({}).expect(201);
    await http().post(`/v1/agreements/${id}/activate`).send({ expectedVersion: 4 }).expect(201);
    const active = await waitFor(
      async () => {
        const response = await http().get('/v1/agreements/active').query({ partnerId: 'barcelona' });
        return response.body.length === 1 ? response.body : undefined;
      },
      { timeoutMs: 60_000, description: 'the active agreement' },
    );
    expect(active).toEqual([expect.objectContaining({ agreementId: id, status: 'active', version: 5 })]);
  });

  it('rebuilds every read model from the topics to identical content, twice', async () => {
    const runner = app.get<ProjectionRunner>(PROJECTION_RUNNER);
    const entities = { consent_current: ConsentCurrentEntity, consent_history: ConsentHistoryEntity, agreements_current: AgreementsCurrentEntity };
    for (const [name, entity] of Object.entries(entities)) {
      const live = await tableChecksum(dataSource, entity);
      expect(live.rows).toBeGreaterThan(0);
      for (let round = 0; round < 2; round += 1) {
        await runner.rebuild(name);
        await waitFor(async () => JSON.stringify(await tableChecksum(dataSource, entity)) === JSON.stringify(live), {
          timeoutMs: 60_000,
          description: `${name} rebuilt (round ${round + 1})`,
        });
      }
    }
  });
});
