import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpCode, Module, Post } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { LabelsErrorFilter } from './labels-error.filter';
import { labelsJsonLimitBytes, useLabelsBodyParsers } from './labels-body-parsers';

@Controller('v1/model-labels')
class CountingController {
  @Post()
  @HttpCode(202)
  submit(@Body() body: { labels: unknown[] }): { received: number } {
    return { received: body.labels.length };
  }
}

@Module({ controllers: [CountingController], providers: [{ provide: APP_FILTER, useClass: LabelsErrorFilter }] })
class CountingModule {}

/** The most POST /v1/model-labels documents: 10,000 labels with 100-character terms. */
const largestSubmission = () => ({
  solutionId: 'solution-1',
  version: '1.0.0',
  labels: Array.from({ length: 10_000 }, () => ({ eventId: randomUUID(), label: 'l'.repeat(100), confidence: 0.123456789 })),
});

describe('labels JSON body parser', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = (await Test.createTestingModule({ imports: [CountingModule] }).compile()).createNestApplication();
    useLabelsBodyParsers(app);
    await app.init();
  });

  afterAll(() => app.close());

  it('reads the largest model-label submission the API documents', async () => {
    const answer = await request(app.getHttpServer()).post('/v1/model-labels').send(largestSubmission());
    expect(answer.status).toBe(202);
    expect(answer.body).toEqual({ received: 10_000 });
  });

  it('answers a body over the limit with 413 in the labels error shape', async () => {
    const answer = await request(app.getHttpServer())
      .post('/v1/model-labels')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ labels: [], padding: 'x'.repeat(labelsJsonLimitBytes) }));
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ code: 'LABELS.PAYLOAD_TOO_LARGE', violations: [{ field: 'body', rule: 'size' }] });
  });
});
