import { Module } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { protectEveryPath } from '../bearer-token.middleware';
import { routeRoleTable } from '../route-role-table';
import { securityOf } from '../security.providers';
import type { LocalIssuers } from '../spec-support/local-issuer';
import { localIssuers } from '../spec-support/local-issuer';
import { AsyncApiModule } from './asyncapi.controller';

const own = 'https://id.example/realms/incheon';
const partner = 'https://id.example/realms/barcelona';

describe('GET /asyncapi.json', () => {
  let issuers: LocalIssuers;
  let app: INestApplication;
  const token = (issuer: string, roles: string[]) => issuers.sign(issuer, { sub: 'someone', aud: 'usm-ingest', realm_access: { roles } });
  const get = () => request(app.getHttpServer()).get('/asyncapi.json');

  beforeAll(async () => {
    issuers = await localIssuers([own, partner]);
    const security = securityOf({ kind: 'verify', settings: { city: 'incheon', issuer: own, audience: 'usm-ingest', partnerIssuers: { barcelona: partner } } }, { audited: false, keysOf: issuers.keysOf });
    @Module({ imports: [AsyncApiModule], providers: security.providers })
    class SampleModule {}
    const moduleRef = await Test.createTestingModule({ imports: [SampleModule] }).compile();
    app = moduleRef.createNestApplication();
    protectEveryPath(app);
    await app.init();
  });

  afterAll(() => app.close());

  it('declares any-city-role access in the route table', () => {
    expect(routeRoleTable(AsyncApiModule)).toEqual([{ route: 'GET /asyncapi.json', access: 'any-city-role', partners: false }]);
  });

  it('answers 401 without a token', async () => {
    await get().expect(401);
  });

  it('serves the AsyncAPI 3.0 document to any city persona, e.g. an integrator', async () => {
    const answer = await get().set('Authorization', `Bearer ${await token(own, ['ingest:write'])}`).expect(200);
    expect((answer.body as { asyncapi: string }).asyncapi).toBe('3.0.0');
  });

  it('refuses a token without any mesh permission and a partner city\'s token', async () => {
    await get().set('Authorization', `Bearer ${await token(own, ['offline_access'])}`).expect(403);
    await get().set('Authorization', `Bearer ${await token(partner, ['agreements:read'])}`).expect(403);
  });
});
