import request from 'supertest';
import type { IngestTestNode } from '../../testing/ingest-test-node';
import { startIngestTestNode } from '../../testing/ingest-test-node';
import { fullEvent, minimalEvent } from '../../testing/sample-events';

const mebibyte = 1024 * 1024;
let node: IngestTestNode;

beforeAll(async () => {
  node = await startIngestTestNode({ maxBatchSize: 3, maxBodyBytes: mebibyte });
});

afterAll(async () => {
  await node?.close();
});

const post = () => request(node.app.getHttpServer()).post('/v1/events').set('Authorization', node.authorization);
/** Sends the bytes as they are: superagent would serialise a Buffer as JSON. */
const postBytes = (contentType: string, bytes: Buffer) =>
  post()
    .set('content-type', contentType)
    .serialize((body: unknown) => body as string)
    .send(bytes);
const rulesOf = (body: { violations?: { field: string; rule: string }[] }) => (body.violations ?? []).map((violation) => `${violation.field}:${violation.rule}`);

const alphabet = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
/** `{"aaa":0,"aab":0,…}`: 120,000 three-letter keys, no field of the contract, about 960 kB of JSON. */
function floodOfUnknownKeys(count: number): string {
  const keys = Array.from({ length: count }, (_, index) => [index % 62, Math.floor(index / 62) % 62, Math.floor(index / 3844)].map((digit) => alphabet[digit]).join(''));
  return JSON.stringify({ ...minimalEvent(), ...Object.fromEntries(keys.map((key) => [key, 0])) });
}

describe('POST /v1/events refuses what the contract does not allow, on the real stack', () => {
  it('refuses a one-element array for an enumeration or a string, naming the field and the type rule', async () => {
    const before = await node.endOffsets();
    const events = [
      minimalEvent({ category: ['traffic'], severity: ['high'] }),
      minimalEvent({ source: { systemId: ['cctv-1'], kind: ['cctvAnalytics'], legalBasis: ['publicTask'] } }),
    ];
    const response = await post().send({ events }).expect(400);
    expect(rulesOf(response.body)).toEqual([
      'events[0].category:type',
      'events[0].severity:type',
      'events[1].source.systemId:type',
      'events[1].source.kind:type',
      'events[1].source.legalBasis:type',
    ]);
    expect(await node.endOffsets()).toBe(before);
  });

  it('refuses a NUL character and other controls, naming the field (the map for attributes)', async () => {
    const response = await post()
      .send(fullEvent({ source: { systemId: 'cctv\u0000', kind: 'cctvAnalytics', legalBasis: 'publicTask' }, description: 'a\u0007', attributes: { 'Kim\u0000': 'x' } }))
      .expect(400);
    expect(rulesOf(response.body)).toEqual(['source.systemId:controlCharacter', 'description:controlCharacter', 'attributes:controlCharacter']);
    expect(JSON.stringify(response.body)).not.toContain('Kim');
  });

  it('refuses a body with 120,000 unknown keys with 400 naming the rule, and a capped list', async () => {
    const body = floodOfUnknownKeys(120_000);
    expect(Buffer.byteLength(body)).toBeLessThan(mebibyte);
    const response = await post().set('content-type', 'application/json').send(body).expect(400);
    expect(response.body).toEqual({
      code: 'INGEST.INVALID_EVENTS',
      message: '1 violation(s) of the safety event contract; nothing was ingested',
      violations: [{ field: 'body', rule: 'maxKeys', message: 'must have at most 64 keys' }],
    });
  });

  it('lists at most 100 violations, then says the list is truncated', async () => {
    const plates = Array.from({ length: 300 }, () => 'P'.repeat(33));
    const response = await post().send(fullEvent({ vehiclePlates: plates })).expect(400);
    expect(response.body.violations).toHaveLength(101);
    expect(rulesOf(response.body).at(-1)).toBe('violations:truncated');
  });

  it('refuses JSON announced as UTF-16, or with bytes that are not UTF-8, with 415', async () => {
    const expected = { code: 'HTTP.UNSUPPORTED_CHARSET', message: 'Request body must be JSON encoded as UTF-8 (content-type: application/json; charset=utf-8)' };
    const json = JSON.stringify(minimalEvent({ description: 'caf\u00e9' }));
    const utf16 = await postBytes('application/json; charset=utf-16', Buffer.from(`\ufeff${json}`, 'utf16le')).expect(415);
    expect(utf16.body).toEqual(expected);
    // The same event in Latin-1: é is the single byte 0xE9, which is not UTF-8.
    const latin1 = await postBytes('application/json', Buffer.from(json, 'latin1')).expect(415);
    expect(latin1.body).toEqual(expected);
    await postBytes('application/json; charset=utf-8', Buffer.from(json, 'utf8')).expect(202);
  });
});
