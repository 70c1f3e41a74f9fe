import request from 'supertest';
import type { IngestTestNode } from '../../testing/ingest-test-node';
import { startIngestTestNode } from '../../testing/ingest-test-node';
import { fullEvent, minimalEvent } from '../../testing/sample-events';

const maxBodyBytes = 4 * 1024;
let node: IngestTestNode;

beforeAll(async () => {
  node = await startIngestTestNode({ maxBatchSize: 3, maxBodyBytes });
});

afterAll(async () => {
  await node?.close();
});

const post = () => request(node.app.getHttpServer()).post('/v1/events').set('Authorization', node.authorization);

describe('POST /v1/events refusals on the real stack', () => {
  it('answers an invalid batch with 400 listing every violation, and produces none of it', async () => {
    const before = await node.endOffsets();
    const events = [
      minimalEvent(),
      minimalEvent({ eventId: 'not-a-uuid', city: 'barcelona' }),
      minimalEvent({ category: 'weather', location: { latitude: -91, longitude: 200 } }),
    ];
    const response = await post().send({ events }).expect(400);
    expect(response.body).toEqual({
      code: 'INGEST.INVALID_EVENTS',
      message: '5 violation(s) of the safety event contract; nothing was ingested',
      violations: [
        { field: 'events[1].eventId', rule: 'uuid', message: expect.any(String) },
        { field: 'events[1].city', rule: 'nodeCity', message: 'must be the city of this node, incheon' },
        { field: 'events[2].subCategory', rule: 'subCategory', message: expect.stringMatching(/^must be a FIWARE Alert subCategory of weather/) },
        { field: 'events[2].location.latitude', rule: 'range', message: 'must be between -90 and 90' },
        { field: 'events[2].location.longitude', rule: 'range', message: 'must be between -180 and 180' },
      ],
    });
    expect(await node.endOffsets()).toBe(before);
    // All or nothing: the valid first event was not claimed either, so it can be sent again on its own.
    await post().send(events[0] ?? {}).expect(202, { accepted: [events[0]?.['eventId']], duplicates: [] });
  });

  it('refuses a batch over the maximum, naming events and maxItems', async () => {
    const response = await post().send({ events: [minimalEvent(), minimalEvent(), minimalEvent(), minimalEvent()] }).expect(400);
    expect(response.body).toMatchObject({ violations: [{ field: 'events', rule: 'maxItems', message: 'must hold at most 3 events' }] });
  });

  it('answers a body over the byte limit with 413 and a JSON message, producing nothing', async () => {
    const before = await node.endOffsets();
    const response = await post().send(fullEvent({ description: 'x'.repeat(maxBodyBytes) })).expect(413);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toEqual({ code: 'HTTP.PAYLOAD_TOO_LARGE', message: `Request body exceeds the limit of ${maxBodyBytes} bytes; send fewer events per request` });
    expect(await node.endOffsets()).toBe(before);
  });

  it('answers malformed JSON with 400 without echoing the body', async () => {
    const response = await post().set('content-type', 'application/json').send('{"reporter": {"name": "Kim Min-jun"}').expect(400);
    expect(response.body).toEqual({ code: 'HTTP.MALFORMED_JSON', message: 'Request body is not valid JSON', violations: [{ field: 'body', rule: 'json', message: 'must be valid JSON' }] });
  });

  it('answers a body that is not JSON at all as a missing event', async () => {
    const response = await post().set('content-type', 'text/plain').send('hello').expect(400);
    expect(response.body).toMatchObject({ violations: [{ field: 'body', rule: 'type' }] });
  });
});
