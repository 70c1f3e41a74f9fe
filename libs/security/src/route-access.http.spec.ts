import { Controller, Get, Module, Post } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { protectEveryPath } from './bearer-token.middleware';
import { Caller } from './caller.decorator';
import type { Principal } from './principal';
import { AllowPartners, Public, RequiresRole } from './route-access.decorators';
import { routeRoleTable } from './route-role-table';
import { securityOf } from './security.providers';
import type { LocalIssuers } from './spec-support/local-issuer';
import { localIssuers } from './spec-support/local-issuer';

const own = 'https://id.example/realms/incheon';
const partner = 'https://id.example/realms/barcelona';

@Controller()
class SampleController {
  @Get('health/live')
  @Public()
  live(): string {
    return 'up';
  }

  @Post('v1/things')
  @RequiresRole('consent:write')
  write(@Caller() caller: Principal): { actor: string } {
    return { actor: caller.subject };
  }

  @Post('v1/agreements/:id/sign')
  @RequiresRole('agreements:sign')
  @AllowPartners()
  sign(@Caller() caller: Principal): { party: string } {
    return { party: caller.city };
  }

  @Get('v1/undeclared')
  undeclared(): string {
    return 'never';
  }
}

describe('route access (bearer token, roles per route)', () => {
  let issuers: LocalIssuers;
  let app: INestApplication;
  const token = (issuer: string, roles: string[]) => issuers.sign(issuer, { sub: `someone-of-${issuer.split('/').pop() ?? ''}`, aud: 'usm-consent', realm_access: { roles } });

  beforeAll(async () => {
    issuers = await localIssuers([own, partner]);
    const security = securityOf({ kind: 'verify', settings: { city: 'incheon', issuer: own, audience: 'usm-consent', partnerIssuers: { barcelona: partner } } }, { audited: false, keysOf: issuers.keysOf });
    @Module({ controllers: [SampleController, ...security.controllers], providers: security.providers })
    class SampleModule {}
    const moduleRef = await Test.createTestingModule({ imports: [SampleModule] }).compile();
    app = moduleRef.createNestApplication();
    protectEveryPath(app);
    await app.init();
  });

  afterAll(() => app.close());

  it('answers public routes without a token', async () => {
    await request(app.getHttpServer()).get('/health/live').expect(200);
  });

  it('answers 401 without a token on routes, unknown paths and /docs alike', async () => {
    for (const path of ['/v1/things', '/v1/nothing-here', '/docs']) {
      const answer = await request(app.getHttpServer()).post(path);
      expect([path, answer.status, answer.headers['www-authenticate']]).toEqual([path, 401, 'Bearer']);
    }
    await request(app.getHttpServer()).get('/docs').expect(401);
  });

  it('answers 401 with a token that does not verify', async () => {
    await request(app.getHttpServer()).post('/v1/things').set('Authorization', 'Bearer not.a.token').expect(401);
  });

  it('answers 403 without the route role and with no hint, and records the subject as actor when allowed', async () => {
    const denied = await request(app.getHttpServer()).post('/v1/things').set('Authorization', `Bearer ${await token(own, ['consent:read'])}`).expect(403);
    expect(JSON.stringify(denied.body)).not.toContain('consent:write');
    const allowed = await request(app.getHttpServer()).post('/v1/things').set('Authorization', `Bearer ${await token(own, ['consent:write'])}`).set('X-Actor', 'forged').expect(201);
    expect(allowed.body).toEqual({ actor: 'someone-of-incheon' });
  });

  it('refuses a route that declares no role, whatever the token holds (fail closed)', async () => {
    await request(app.getHttpServer()).get('/v1/undeclared').set('Authorization', `Bearer ${await token(own, ['audit:read', 'consent:write'])}`).expect(403);
  });

  it("trusts a partner's issuer only on routes that allow partners, with the issuer's city as party", async () => {
    const partnerToken = await token(partner, ['agreements:sign', 'consent:write']);
    await request(app.getHttpServer()).post('/v1/things').set('Authorization', `Bearer ${partnerToken}`).expect(403);
    const signed = await request(app.getHttpServer()).post('/v1/agreements/a-1/sign').set('Authorization', `Bearer ${partnerToken}`).expect(201);
    expect(signed.body).toEqual({ party: 'barcelona' });
  });

  it('lists every route with its declared access', () => {
    @Module({ controllers: [SampleController] })
    class Listed {}
    expect(routeRoleTable(Listed)).toEqual([
      { route: 'GET /health/live', access: 'public', partners: false },
      { route: 'POST /v1/things', access: ['consent:write'], partners: false },
      { route: 'POST /v1/agreements/:id/sign', access: ['agreements:sign'], partners: true },
      { route: 'GET /v1/undeclared', access: 'undeclared', partners: false },
    ]);
  });
});
