import { cityStack, waitFor } from '@usm/testing';
import { Client } from 'pg';
import request from 'supertest';
import type { Response } from 'supertest';
import type { IngestTestNode } from '../../testing/ingest-test-node';
import { startIngestTestNode } from '../../testing/ingest-test-node';
import { minimalEvent } from '../../testing/sample-events';

const maxInFlight = 2;
const requests = 8;
let node: IngestTestNode;
let baseUrl: string;

beforeAll(async () => {
  node = await startIngestTestNode({ maxInFlight });
  // Listening once: supertest would otherwise bind the server anew for every concurrent request.
  await node.app.listen(0, '127.0.0.1');
  baseUrl = await node.app.getUrl();
});

afterAll(async () => {
  await node?.close();
});

/** Holds an exclusive lock on the ingest ledger until released: PostgreSQL "cannot keep up". */
async function stallLedger(): Promise<() => Promise<void>> {
  const client = new Client({ connectionString: cityStack('incheon').database.url });
  await client.connect();
  await client.query('BEGIN');
  await client.query(`LOCK TABLE "${node.databaseSchema}".ingest_ledger IN ACCESS EXCLUSIVE MODE`);
  return async () => {
    await client.query('COMMIT');
    await client.end();
  };
}

describe('POST /v1/events under overload, on the real stack', () => {
  it('answers 429 with Retry-After past the limit, and puts every event of every 202 on the raw topic exactly once', async () => {
    const before = await node.endOffsets();
    const release = await stallLedger();
    const settled: Response[] = [];
    const bodies = Array.from({ length: requests }, () => ({ events: [minimalEvent(), minimalEvent()] }));
    const responses = bodies.map((body) =>
      request(baseUrl)
        .post('/v1/events')
        .set('Authorization', node.authorization)
        .send(body)
        .then((response) => {
          settled.push(response);
          return response;
        }),
    );
    // While the ledger is stalled the first requests wait on it; every other one is refused at once.
    await waitFor(() => settled.length >= requests - maxInFlight, { timeoutMs: 30_000, description: 'refusals while the ledger is stalled' });
    await release();
    const answered = await Promise.all(responses);

    const refused = answered.filter((response) => response.status === 429);
    const accepted = answered.filter((response) => response.status === 202);
    expect(refused).toHaveLength(requests - maxInFlight);
    expect(accepted).toHaveLength(maxInFlight);
    for (const response of refused) {
      expect(response.headers['retry-after']).toBe('1');
      expect(response.body).toMatchObject({ code: 'INGEST.OVERLOADED' });
    }
    const acceptedIds = accepted.flatMap((response) => (response.body as { accepted: string[] }).accepted);
    expect(acceptedIds).toHaveLength(maxInFlight * 2);
    await waitFor(() => acceptedIds.every((id) => node.records.some((record) => record.key === id)), { timeoutMs: 30_000, description: 'accepted events read back' });
    for (const id of acceptedIds) expect(node.records.filter((record) => record.key === id)).toHaveLength(1);
    expect(await node.endOffsets()).toBe(before + acceptedIds.length);
    const refusedIds = new Set(refused.flatMap((response) => bodies[answered.indexOf(response)]?.events.map((event) => event['eventId']) ?? []));
    expect(node.records.filter((record) => refusedIds.has(record.key))).toEqual([]);
  });

  it('takes requests again once the load is gone', async () => {
    await request(baseUrl).post('/v1/events').set('Authorization', node.authorization).send(minimalEvent()).expect(202);
  });
});
