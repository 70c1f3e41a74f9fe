import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { APP_FILTER } from '@nestjs/core';
import request from 'supertest';
import { NotFoundError } from '@usm/errors';
import { PROJECTION_RUNNER } from '@usm/event-sourcing';
import type { ProjectionRunner } from '@usm/event-sourcing';
import { LedgerErrorFilter } from './ledger-error.filter';
import { ReadModelsController } from './read-models.controller';

describe('read models HTTP API', () => {
  let app: INestApplication;
  const rebuilt: string[] = [];
  const runner: ProjectionRunner = {
    projectionNames: ['consent_current', 'consent_history'],
    start: async () => undefined,
    stop: async () => undefined,
    rebuild: async (name: string) => {
      if (!runner.projectionNames.includes(name)) throw new NotFoundError('EVENT_SOURCING.UNKNOWN_PROJECTION', `no projection named ${name}`);
      rebuilt.push(name);
    },
  };

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [ReadModelsController],
      providers: [{ provide: PROJECTION_RUNNER, useValue: runner }, { provide: APP_FILTER, useClass: LedgerErrorFilter }],
    }).compile();
    app = moduleRef.createNestApplication();
    await app.init();
  });
  afterAll(() => app.close());

  it('lists the read models', async () => {
    await request(app.getHttpServer()).get('/v1/read-models').expect(200, { readModels: ['consent_current', 'consent_history'] });
  });

  it('202: starts a rebuild of the named read model', async () => {
    await request(app.getHttpServer()).post('/v1/read-models/consent_history/rebuild').expect(202, { readModel: 'consent_history', status: 'rebuilding' });
    expect(rebuilt).toEqual(['consent_history']);
  });

  it('404: names the unknown read model', async () => {
    const response = await request(app.getHttpServer()).post('/v1/read-models/nope/rebuild').expect(404);
    expect(response.body).toMatchObject({ code: 'EVENT_SOURCING.UNKNOWN_PROJECTION' });
  });
});
