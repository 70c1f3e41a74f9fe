import { randomInt } from 'node:crypto';
import { cityStack, kafkaEnvOf, registryCredentialsOf, uniqueName, waitFor } from '@usm/testing';
import { DecidingCommandHandler } from '../../application/deciding-command-handler';
import type { CounterTopic } from '../../testing/counter-topic';
import { openCounterTopic } from '../../testing/counter-topic';
import type { CounterTotal } from '../../testing/counter-totals.projection';
import { counterTotalEntity } from '../../testing/counter-totals.projection';
import { expectedCounterTotals, sortCounterTotals } from '../../testing/expected-counter-totals';
import type { ProjectorChild } from '../../testing/projector-child';
import { spawnProjector } from '../../testing/projector-child';
import type { TestDatabase } from '../../testing/test-database';
import { openTestDatabase } from '../../testing/test-database';
import { writeCounterEvents } from '../../testing/write-counter-events';
import { OutboxRouting } from '../postgres/outbox-routing';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { PostgresOutbox } from '../postgres/postgres-outbox';
import { KafkaOutboxRelay } from './kafka-outbox-relay';

const kills = 4;

describe('projector killed with SIGKILL while events flow', () => {
  let database: TestDatabase;
  let counter: CounterTopic;
  let relay: KafkaOutboxRelay;
  let child: ProjectorChild | undefined;
  beforeAll(async () => {
    database = await openTestDatabase({ entities: [counterTotalEntity], synchronize: true });
    counter = await openCounterTopic();
    const routing = new OutboxRouting([counter.route]);
    relay = new KafkaOutboxRelay(counter.kafka, new PostgresOutbox(database.dataSource, [counter.topic]), routing, counter.codec, { relayId: uniqueName('relay'), pollIntervalMs: 20 });
    await relay.start();
  });
  afterAll(async () => {
    await child?.kill();
    await relay.stop();
    await counter.drop();
    await database.drop();
  });

  it(`ends with exactly the right rows after ${kills} kills mid-batch`, async () => {
    const handler = new DecidingCommandHandler(new PostgresEventStore(database.dataSource, new OutboxRouting([counter.route])));
    const stack = cityStack('incheon');
    const applicationName = uniqueName('projector');
    const settings = {
      DATABASE_URL: database.url,
      SCHEMA: database.schema,
      APPLICATION_NAME: applicationName,
      BROKERS: stack.kafka.bootstrapServers.join(','),
      ...kafkaEnvOf(stack, 'admin'),
      REGISTRY_URL: stack.registry.url,
      REGISTRY_CLIENT_ID: registryCredentialsOf(stack, 'registry-consent').clientId,
      REGISTRY_CLIENT_SECRET: registryCredentialsOf(stack, 'registry-consent').secret,
      TOPIC: counter.topic,
      GROUP_PREFIX: uniqueName('es-crash'),
      CPU_MICROS_PER_EVENT: '1000',
    };
    let killedInTransaction = 0;
    for (let round = 0; round < kills; round += 1) {
      const writing = writeCounterEvents(handler, 20, 25, `r${round}-`);
      child = await spawnProjector(settings);
      const before = await appliedOffsets();
      await waitFor(async () => (await appliedOffsets()) > before, { timeoutMs: 60_000, description: `projector progress in round ${round}` });
      // Not a wait for progress (that is the waitFor above): a random moment to kill at, inside or between batches.
      await new Promise((resolve) => setTimeout(resolve, randomInt(50, 400)));
      if (await inTransaction(applicationName)) killedInTransaction += 1;
      await child.kill();
      await writing;
    }
    child = await spawnProjector(settings);
    const expected = await expectedCounterTotals(database.dataSource);
    await waitFor(async () => JSON.stringify(await projected()) === JSON.stringify(expected), { timeoutMs: 90_000, description: 'the projection after the kills' });
    console.info(`crash: ${kills} SIGKILLs (${killedInTransaction} inside an open transaction), ${expected.length} rows from ${kills * 500} events all right`);
    expect(killedInTransaction).toBeGreaterThan(0);
  }, 300_000);

  async function appliedOffsets(): Promise<bigint> {
    const [row] = (await database.dataSource.query('SELECT coalesce(sum(last_offset + 1), 0)::text AS n FROM projection_offsets')) as [{ n: string }];
    return BigInt(row.n);
  }

  async function inTransaction(applicationName: string): Promise<boolean> {
    const rows = (await database.dataSource.query("SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND xact_start IS NOT NULL", [applicationName])) as unknown[];
    return rows.length > 0;
  }

  async function projected(): Promise<CounterTotal[]> {
    return sortCounterTotals(await database.dataSource.getRepository(counterTotalEntity).find());
  }
});
