import request from 'supertest';
import type { IngestTestNode } from '../../testing/ingest-test-node';
import { startIngestTestNode } from '../../testing/ingest-test-node';
import { fullEvent, minimalEvent } from '../../testing/sample-events';

let node: IngestTestNode;

beforeAll(async () => {
  node = await startIngestTestNode();
});

afterAll(async () => {
  await node?.close();
});

const http = () => request.agent(node.app.getHttpServer()).set('Authorization', node.authorization);

describe('ingest operations on the real stack', () => {
  it('reports Kafka, the schema registry and the database up on /health/ready', async () => {
    const response = await http().get('/health/ready').expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      details: { kafka: { status: 'up' }, schemaRegistry: { status: 'up' }, database: { status: 'up' } },
    });
  });

  it('counts accepted, duplicate and rejected events on /metrics', async () => {
    const event = minimalEvent();
    await http().post('/v1/events').send({ events: [event, minimalEvent()] }).expect(202);
    await http().post('/v1/events').send(event).expect(202);
    await http().post('/v1/events').send({ events: [minimalEvent({ city: 'osaka' }), minimalEvent(), minimalEvent()] }).expect(400);
    const response = await http().get('/metrics').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.text).toMatch(/^usm_ingest_events_accepted_total\{service="ingest",city="incheon"\} 2$/m);
    expect(response.text).toMatch(/^usm_ingest_events_duplicates_total\{service="ingest",city="incheon"\} 1$/m);
    expect(response.text).toMatch(/^usm_ingest_events_rejected_total\{service="ingest",city="incheon"\} 3$/m);
    expect(response.text).toMatch(/^process_resident_memory_bytes\{service="ingest",city="incheon"\} \d+/m);
  });

  it('logs requests as JSON without bodies, headers or event payloads', async () => {
    const event = fullEvent({ description: 'Kim Min-jun saw plate 12가3456', reporter: { name: 'Kim Min-jun', phone: '+821099998888' } });
    await http().post('/v1/events').send(event).expect(202);
    await http().post('/v1/events').send({ ...event, city: 'osaka' }).expect(400);
    await http().post('/v1/events').send({ ...event, description: 'x'.repeat(20_000) }).expect(413);
    const lines = node.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
    const requestLines = lines.filter((line) => line['msg'] === 'request completed' || line['msg'] === 'request refused before routing');
    expect(requestLines.length).toBeGreaterThanOrEqual(3);
    expect(requestLines.at(-1)).toMatchObject({ level: 'warn', service: 'ingest', city: 'incheon', path: '/v1/events', status: 413 });
    const all = node.logs.join('\n');
    for (const secret of ['Kim Min-jun', '+821099998888', '12가3456', node.authorization.slice('Bearer '.length), 'xxxxxxxx']) expect(all).not.toContain(secret);
  });
});
