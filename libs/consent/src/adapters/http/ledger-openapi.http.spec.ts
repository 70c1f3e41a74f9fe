import request from 'supertest';
import type { LedgerHttpTestApp } from '../../testing/ledger-http-test-app';
import { createLedgerHttpTestApp } from '../../testing/ledger-http-test-app';
import { serveLedgerOpenApi } from './ledger-openapi';

describe('ledger OpenAPI document', () => {
  let ledger: LedgerHttpTestApp;

  beforeAll(async () => {
    ledger = await createLedgerHttpTestApp(new Date('2026-03-01T00:00:00Z'), (app) => serveLedgerOpenApi(app, 'incheon'));
  });
  afterAll(() => ledger.app.close());

  it('serves /docs-json with every command and query path', async () => {
    const response = await request(ledger.app.getHttpServer()).get('/docs-json').expect(200);
    expect(Object.keys(response.body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/consents/{subjectId}/{purpose}/grant',
        '/v1/consents/{subjectId}/{purpose}/revoke',
        '/v1/consents/{subjectId}/{purpose}/renew',
        '/v1/consents/{subjectId}/{purpose}',
        '/v1/consents/{subjectId}/history',
        '/v1/agreements',
        '/v1/agreements/{agreementId}/sign',
        '/v1/agreements/active',
        '/v1/legal-basis/allows',
      ]),
    );
    const grant = response.body.paths['/v1/consents/{subjectId}/{purpose}/grant'].post;
    expect(Object.keys(grant.responses)).toEqual(expect.arrayContaining(['201', '200', '400', '409', '422']));
    expect(grant.requestBody.content['application/json'].schema.properties).toHaveProperty('expectedVersion');
  });

  it('serves the UI at /docs', async () => {
    await request(ledger.app.getHttpServer()).get('/docs').expect(200).expect('content-type', /html/);
  });
});
