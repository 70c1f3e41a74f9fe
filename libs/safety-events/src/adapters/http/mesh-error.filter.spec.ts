import { Writable } from 'node:stream';
import { Controller, Module, Post } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { ObservabilityModule } from '@usm/observability';
import { Logger } from 'nestjs-pino';
import request from 'supertest';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ingestJsonBodyParserOptions } from './json-body-parser-options';
import { MeshErrorFilter } from './mesh-error.filter';

@Controller('v1/events')
class EventsController {
  @Post()
  ingest(): { accepted: number } {
    return { accepted: 0 };
  }
}

const lines: Record<string, unknown>[] = [];
const capture = new Writable({
  write(chunk: Buffer, _encoding, done) {
    lines.push(...chunk.toString().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>));
    done();
  },
});

/** One context of a city node: its own observability (service name), ingest's body parser and error filter. */
async function contextApp(serviceName: string): Promise<INestApplication> {
  @Module({
    imports: [ObservabilityModule.forRoot({ serviceName, city: 'incheon', logLevel: 'info', logDestination: capture })],
    controllers: [EventsController],
    providers: [{ provide: APP_FILTER, useClass: MeshErrorFilter }],
  })
  class ContextModule {}
  const app = (await Test.createTestingModule({ imports: [ContextModule] }).compile()).createNestApplication<NestExpressApplication>({ bufferLogs: true, bodyParser: false });
  app.useBodyParser('json', ingestJsonBodyParserOptions(1024));
  app.useLogger(app.get(Logger));
  await app.init();
  return app;
}

describe('MeshErrorFilter logging in a process running several contexts', () => {
  let sites: INestApplication;
  let ingest: INestApplication;

  beforeAll(async () => {
    sites = await contextApp('sites');
    // Started last, as in the city node: Nest's process-wide logger now belongs to it, and nestjs-pino's logger for
    // lines outside a request to the context started first.
    ingest = await contextApp('ingest');
  });

  afterAll(async () => {
    await ingest.close();
    await sites.close();
  });

  it('tags a body refused before routing (corrupt gzip) with the context that refused it', async () => {
    await request(ingest.getHttpServer())
      .post('/v1/events')
      .set('content-type', 'application/json')
      .set('content-encoding', 'gzip')
      .serialize((body: unknown) => body as string)
      .send(Buffer.from('xx'))
      .expect(400);
    const refusals = lines.filter((line) => line['msg'] === 'request refused before routing');
    expect(refusals).toEqual([expect.objectContaining({ level: 'warn', service: 'ingest', city: 'incheon', path: '/v1/events', status: 400 })]);
  });
});
