import { Body, Controller, HttpCode, Module, Post } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { latLngToCell } from 'h3-js';
import request from 'supertest';
import { DatasetsErrorFilter } from './datasets-error.filter';
import { datasetsJsonLimitBytes, useDatasetsBodyParsers } from './datasets-body-parsers';

@Controller('v1/definitions')
class CountingController {
  @Post()
  @HttpCode(201)
  define(@Body() body: { filters: { h3Area: string[] } }): { cells: number } {
    return { cells: body.filters.h3Area.length };
  }
}

@Module({ controllers: [CountingController], providers: [{ provide: APP_FILTER, useClass: DatasetsErrorFilter }] })
class CountingModule {}

/** The largest area a definition documents: 10,000 H3 cells. */
const largestArea = () => Array.from({ length: 10_000 }, (_, i) => latLngToCell(37.3 + i / 10_000, 126.6 + i / 20_000, 15));

describe('datasets JSON body parser', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = (await Test.createTestingModule({ imports: [CountingModule] }).compile()).createNestApplication();
    useDatasetsBodyParsers(app);
    await app.init();
  });

  afterAll(() => app.close());

  it('reads a definition filtering on the 10,000 H3 cells it may name', async () => {
    const answer = await request(app.getHttpServer()).post('/v1/definitions').send({ definitionId: 'incheon-area', filters: { h3Area: largestArea() } });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({ cells: 10_000 });
  });

  it('answers a body over the limit with 413 in the datasets error shape', async () => {
    const answer = await request(app.getHttpServer())
      .post('/v1/definitions')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ padding: 'x'.repeat(datasetsJsonLimitBytes) }));
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ code: 'DATASETS.PAYLOAD_TOO_LARGE', violations: [{ field: 'body', rule: 'size' }] });
  });
});
