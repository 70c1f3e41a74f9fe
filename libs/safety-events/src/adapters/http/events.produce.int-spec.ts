import { waitFor } from '@usm/testing';
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

const post = (body: unknown) => request(node.app.getHttpServer()).post('/v1/events').set('Authorization', node.authorization).send(body as object);
const idOf = (event: Record<string, unknown>): string => event['eventId'] as string;

function readBack(eventId: string) {
  return waitFor(() => node.records.find((record) => record.key === eventId), { timeoutMs: 30_000, description: `event ${eventId} on ${node.topic}` });
}

describe('POST /v1/events on the real stack', () => {
  it('produces an event that an independent consumer reads back, equal to what was sent', async () => {
    const sent = fullEvent();
    const response = await post(sent).expect(202);
    expect(response.body).toEqual({ accepted: [idOf(sent)], duplicates: [] });
    const record = await readBack(idOf(sent));
    expect(record.value).toEqual({ ...sent, occurredAt: Date.parse(sent['occurredAt'] as string), reportedAt: Date.parse(sent['reportedAt'] as string) });
  });

  it('fills absent optional fields with their contract defaults', async () => {
    const sent = minimalEvent();
    await post(sent).expect(202);
    const record = await readBack(idOf(sent));
    expect(record.value).toMatchObject({ address: null, reporter: null, vehiclePlates: [], attributes: {}, subjectAge: null });
  });

  it('produces every event of a batch, keyed by its id', async () => {
    const events = [minimalEvent(), fullEvent(), minimalEvent()];
    const before = await node.endOffsets();
    await post({ events }).expect(202, { accepted: events.map(idOf), duplicates: [] });
    expect(await node.endOffsets()).toBe(before + 3);
    for (const event of events) expect((await readBack(idOf(event))).value['eventId']).toBe(idOf(event));
  });

  it('produces an event id posted twice only once, answering the repeat as a duplicate', async () => {
    const event = minimalEvent();
    const before = await node.endOffsets();
    await post(event).expect(202, { accepted: [idOf(event)], duplicates: [] });
    await post(event).expect(202, { accepted: [], duplicates: [idOf(event)] });
    await post({ events: [minimalEvent({ eventId: idOf(event) })] }).expect(202, { accepted: [], duplicates: [idOf(event)] });
    expect(await node.endOffsets()).toBe(before + 1);
    await readBack(idOf(event));
    expect(node.records.filter((record) => record.key === idOf(event))).toHaveLength(1);
  });

  it('produces an id repeated within one batch once', async () => {
    const event = minimalEvent();
    const before = await node.endOffsets();
    await post({ events: [event, event] }).expect(202, { accepted: [idOf(event)], duplicates: [idOf(event)] });
    expect(await node.endOffsets()).toBe(before + 1);
  });

  it('lets only one of concurrent requests with the same new id produce it', async () => {
    const event = minimalEvent();
    const before = await node.endOffsets();
    const responses = await Promise.all([post(event), post(event), post(event)]);
    const producedBy = responses.filter((response) => response.status === 202 && (response.body as { accepted: string[] }).accepted.length === 1);
    expect(producedBy).toHaveLength(1);
    // The others either saw it acknowledged (202 duplicate) or still being produced (409, retry).
    for (const response of responses.filter((r) => !producedBy.includes(r))) {
      expect([202, 409]).toContain(response.status);
      if (response.status === 409) expect(response.headers['retry-after']).toBe('1');
    }
    expect(await node.endOffsets()).toBe(before + 1);
  });
});
