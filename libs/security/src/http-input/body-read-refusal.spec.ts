import { brotliCompressSync, gzipSync } from 'node:zlib';
import express from 'express';
import type { NextFunction, Request, Response } from 'express';
import request from 'supertest';
import { bodyReadRefusalOf, notUtf8ErrorType } from './body-read-refusal';

/** A bare Express app with the JSON parser every context uses; answers with the refusal the parser's error stands for. */
function appRefusing(limit: number): express.Express {
  const app = express();
  app.use(express.json({ limit }));
  app.post('/', (_req, res) => res.status(204).end());
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const refusal = bodyReadRefusalOf(error);
    res.status(refusal?.status ?? 500).json(refusal ?? { unmapped: true });
  });
  return app;
}

// serialize: bytes as given, or superagent would turn a Buffer into JSON.
const post = (limit = 1024) =>
  request(appRefusing(limit))
    .post('/')
    .set('content-type', 'application/json')
    .serialize((body: unknown) => body as string);

describe('bodyReadRefusalOf', () => {
  it('answers a body over the limit with 413 naming the limit', async () => {
    const answer = await post().send(JSON.stringify({ name: 'x'.repeat(2048) }));
    expect(answer.body).toEqual({ status: 413, rule: 'size', message: 'Request body exceeds the size limit of 1024 bytes', limitBytes: 1024 });
  });

  it.each([
    ['gzip', Buffer.from('xx')],
    ['deflate', Buffer.from('xx')],
    ['br', Buffer.from('xx')],
    ['gzip', Buffer.concat([gzipSync('{"a":1}').subarray(0, 10), Buffer.from('not deflate data')])],
  ])('answers a corrupt %s body with 400, not 500', async (encoding, body) => {
    const answer = await post().set('content-encoding', encoding).send(body);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ rule: 'content-encoding' });
  });

  it('keeps 413 for a compressed body that inflates past the limit, and 415 for an unknown encoding', async () => {
    const bomb = gzipSync(JSON.stringify({ padding: ' '.repeat(100_000) }));
    expect((await post().set('content-encoding', 'gzip').send(bomb)).status).toBe(413);
    expect((await post().set('content-encoding', 'br').send(brotliCompressSync('{"a":1}'))).status).toBe(204);
    expect((await post().set('content-encoding', 'compress').send('{}')).body).toMatchObject({ status: 415, rule: 'content-encoding' });
  });

  it('answers malformed JSON with 400 and a message that never quotes the body', async () => {
    const answer = await post().send('{"name": Kim Min-jun}');
    expect(answer.body).toEqual({ status: 400, rule: 'json', message: 'Request body is not valid JSON' });
  });

  it('answers a charset other than UTF-8 with 415', async () => {
    expect((await post().set('content-type', 'application/json; charset=latin-9').send('{}')).body).toMatchObject({ status: 415, rule: 'charset' });
    expect(bodyReadRefusalOf(Object.assign(new Error('not utf-8'), { status: 415, type: notUtf8ErrorType }))).toMatchObject({ status: 415, rule: 'charset' });
  });

  it('answers a body cut short with 400', () => {
    expect(bodyReadRefusalOf(Object.assign(new Error('request aborted'), { status: 400, type: 'request.aborted' }))).toMatchObject({ status: 400, rule: 'incomplete' });
  });

  it('leaves every other error to the caller', () => {
    expect(bodyReadRefusalOf(new Error('boom'))).toBeUndefined();
    expect(bodyReadRefusalOf(Object.assign(new Error('stream not readable'), { status: 500, type: 'stream.not.readable' }))).toBeUndefined();
    expect(bodyReadRefusalOf({ status: 413, type: 'entity.too.large' })).toBeUndefined();
  });
});
