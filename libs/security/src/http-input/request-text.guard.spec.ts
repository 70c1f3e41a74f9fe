import { Body, Catch, Controller, Get, Module, Param, Post, Query } from '@nestjs/common';
import type { ArgumentsHost, ExceptionFilter, INestApplication } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { ValidationError } from '@usm/errors';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { Response } from 'express';
import request from 'supertest';
import { ChecksOwnBodyText, RequestTextGuard } from './request-text.guard';

@Controller('v1/releases')
class ReleasesController {
  @Get(':releaseId/files/:name')
  file(@Param('releaseId') releaseId: string, @Param('name') name: string): { releaseId: string; name: string } {
    return { releaseId, name };
  }

  @Get()
  list(@Query() query: Record<string, unknown>): Record<string, unknown> {
    return query;
  }

  @Post()
  create(@Body() body: unknown): unknown {
    return body;
  }

  @Post(':releaseId/notes')
  @ChecksOwnBodyText()
  note(@Body() body: unknown): unknown {
    return body;
  }
}

/** Stands in for a context's filter: a validation error is a 400 with its violations. */
@Catch(ValidationError)
class ViolationsFilter implements ExceptionFilter {
  catch(error: ValidationError, host: ArgumentsHost): void {
    host.switchToHttp().getResponse<Response>().status(400).json({ code: error.code, violations: error.violations });
  }
}

@Module({ controllers: [ReleasesController], providers: [{ provide: APP_GUARD, useClass: RequestTextGuard }, { provide: APP_FILTER, useClass: ViolationsFilter }] })
class ReleasesModule {}

describe('RequestTextGuard', () => {
  let app: INestApplication;
  const refusal = (field: string) => ({ field, rule: 'control-character', message: expect.stringContaining('control characters') as unknown });

  beforeAll(async () => {
    app = (await Test.createTestingModule({ imports: [ReleasesModule] }).compile()).createNestApplication<NestExpressApplication>();
    (app as NestExpressApplication).useBodyParser('text', { type: 'text/csv' });
    await app.init();
  });

  afterAll(() => app.close());

  it('refuses NUL in a path parameter with 400 naming the parameter', async () => {
    const answer = await request(app.getHttpServer()).get('/v1/releases/r-1/files/train.parquet%00.json');
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ code: 'HTTP.CONTROL_CHARACTERS', violations: [refusal('params.name')] });
  });

  it('refuses any control character in a query value, in repeated values too, never quoting it', async () => {
    const answer = await request(app.getHttpServer()).get('/v1/releases?district=Bupyeong%00&tag=a&tag=b%0a');
    expect(answer.status).toBe(400);
    expect(answer.body.violations).toEqual([refusal('query.district'), refusal('query.tag[1]')]);
    expect(JSON.stringify(answer.body)).not.toContain('Bupyeong');
  });

  it('refuses NUL in a JSON body, naming its path, but keeps tabs and line breaks of free text', async () => {
    const refused = await request(app.getHttpServer()).post('/v1/releases').send({ title: 'ok', files: [{ name: 'a' }, { name: 'b\u0000' }] });
    expect(refused.status).toBe(400);
    expect(refused.body.violations).toEqual([refusal('body.files[1].name')]);
    const kept = await request(app.getHttpServer()).post('/v1/releases').send({ notes: 'line one\n\tline two' });
    expect(kept.status).toBe(201);
  });

  it('refuses NUL in a text body (CSV, JSON Lines) as a whole', async () => {
    const refused = await request(app.getHttpServer()).post('/v1/releases').set('content-type', 'text/csv').send('name\nBupyeong\u0000');
    expect(refused.status).toBe(400);
    expect(refused.body.violations).toEqual([refusal('body')]);
  });

  it("leaves the body to a handler that checks its own text, but still checks its path", async () => {
    expect((await request(app.getHttpServer()).post('/v1/releases/r-1/notes').send({ text: 'a\u0000' })).status).toBe(201);
    const refused = await request(app.getHttpServer()).post('/v1/releases/r%00/notes').send({ text: 'a\u0000' });
    expect(refused.body.violations).toEqual([refusal('params.releaseId')]);
  });

  it('lets ordinary ids, queries and bodies through', async () => {
    expect((await request(app.getHttpServer()).get('/v1/releases/r-1/files/train.parquet')).body).toEqual({ releaseId: 'r-1', name: 'train.parquet' });
    expect((await request(app.getHttpServer()).get('/v1/releases?district=Bupyeong-gu')).status).toBe(200);
  });
});
