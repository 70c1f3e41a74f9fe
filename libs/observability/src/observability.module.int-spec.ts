import { Writable } from 'node:stream';
import { Body, Controller, Inject, Module, Post } from '@nestjs/common';
import type { INestApplication, OnModuleInit } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Logger } from 'nestjs-pino';
import { Counter, Registry } from 'prom-client';
import request from 'supertest';
import { HealthChecks } from './health/health-checks';
import { ObservabilityModule } from './observability.module';
import { METRICS_REGISTRY } from './observability.tokens';

/** A context as the module expects one: it registers a counter and a health indicator. */
@Controller('echo')
class EchoController {
  private readonly echoes: Counter;
  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    this.echoes = new Counter({ name: 'usm_spec_echoes_total', help: 'echoes', registers: [registry] });
  }

  @Post()
  echo(@Body() body: unknown): { received: boolean } {
    this.echoes.inc();
    return { received: body !== undefined };
  }
}

let dependencyUp = true;

@Module({ controllers: [EchoController] })
class SpecContextModule implements OnModuleInit {
  constructor(private readonly checks: HealthChecks) {}
  onModuleInit(): void {
    this.checks.register('dependency', { check: (key) => Promise.resolve({ [key]: { status: dependencyUp ? 'up' : 'down' } }) });
  }
}

const logs: string[] = [];
let app: INestApplication;

beforeAll(async () => {
  const logDestination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const moduleRef = await Test.createTestingModule({
    imports: [ObservabilityModule.forRoot({ serviceName: 'spec', city: 'incheon', logLevel: 'info', logDestination }), SpecContextModule],
  }).compile();
  app = moduleRef.createNestApplication({ bufferLogs: true });
  app.useLogger(app.get(Logger));
  await app.init();
});

afterAll(async () => {
  await app?.close();
});

describe('ObservabilityModule', () => {
  it('exposes the registry of every context on GET /metrics, with process metrics', async () => {
    await request(app.getHttpServer()).post('/echo').send({ hello: 'world' }).expect(201);
    const response = await request(app.getHttpServer()).get('/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    expect(response.text).toMatch(/^usm_spec_echoes_total\{service="spec",city="incheon"\} 1$/m);
    expect(response.text).toMatch(/^nodejs_eventloop_lag_seconds\{service="spec",city="incheon"\}/m);
  });

  it('answers GET /health/ready with 200 while every indicator is up, 503 with the report otherwise', async () => {
    dependencyUp = true;
    await request(app.getHttpServer()).get('/health/ready').expect(200, { status: 'ok', info: { dependency: { status: 'up' } }, error: {}, details: { dependency: { status: 'up' } } });
    dependencyUp = false;
    const response = await request(app.getHttpServer()).get('/health/ready').expect(503);
    expect(response.body).toMatchObject({ status: 'error', error: { dependency: { status: 'down' } } });
  });

  it('answers /health/live from the process alone while a dependency is down', async () => {
    dependencyUp = true;
    await request(app.getHttpServer()).get('/health/ready').expect(200);
    dependencyUp = false;
    const ready = await request(app.getHttpServer()).get('/health/ready').expect(503);
    expect(ready.body).toMatchObject({ status: 'error', error: { dependency: { status: 'down' } } });
    const live = await request(app.getHttpServer()).get('/health/live').expect(200);
    expect(live.body).toMatchObject({ status: 'ok', info: { eventLoop: { status: 'up' } } });
    expect(live.body.details).not.toHaveProperty('dependency');
  });

  it('writes JSON request logs without headers, query strings or bodies', async () => {
    await request(app.getHttpServer()).post('/echo?phone=01012345678').set('authorization', 'Bearer secret-token').set('cookie', 'sid=abc').send({ name: 'Kim Min-jun' }).expect(201);
    const line = logs.map((text) => JSON.parse(text) as Record<string, unknown>).find((entry) => entry['msg'] === 'request completed');
    expect(line).toMatchObject({ level: 'info', service: 'spec', city: 'incheon', req: { method: 'POST', path: '/echo' }, res: { statusCode: 201 } });
    const all = logs.join('\n');
    for (const secret of ['Kim Min-jun', 'secret-token', 'sid=abc', '01012345678']) expect(all).not.toContain(secret);
  });

  it('leaves /health and /metrics out of the request log', () => {
    const paths = logs
      .map((text) => JSON.parse(text) as { msg?: string; req?: { path?: string } })
      .filter((entry) => entry.msg === 'request completed')
      .map((entry) => entry.req?.path);
    expect(paths).toContain('/echo');
    expect(paths).not.toContain('/metrics');
    expect(paths).not.toContain('/health');
    expect(paths).not.toContain('/health/live');
    expect(paths).not.toContain('/health/ready');
  });
});
