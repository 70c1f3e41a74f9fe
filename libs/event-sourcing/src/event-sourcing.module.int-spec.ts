import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import { cityStack, kafkaConnectionOf, registryCredentialsOf, uniqueName, waitFor } from '@usm/testing';
import { applyProjectionBatch } from './application/apply-projection-batch';
import type { CommandHandler, ProjectionRunner } from './application/ports';
import { COMMAND_HANDLER, EVENT_SOURCING_DATA_SOURCE, PROJECTION_RUNNER } from './application/event-sourcing.tokens';
import { projectionEventOf } from './adapters/kafka/projection-event';
import { tableChecksum } from './adapters/postgres/table-checksum';
import { TypeOrmProjectionStore } from './adapters/postgres/typeorm-projection-store';
import { EventSourcingModule } from './event-sourcing.module';
import type { CounterTopic, CounterRecord } from './testing/counter-topic';
import { openCounterTopic } from './testing/counter-topic';
import type { CounterTotal } from './testing/counter-totals.projection';
import { counterTotalEntity, counterTotalsProjection } from './testing/counter-totals.projection';
import { expectedCounterTotals, sortCounterTotals } from './testing/expected-counter-totals';
import { readWholeTopic } from './testing/read-topic';
import type { TestDatabase } from './testing/test-database';
import { openTestDatabase } from './testing/test-database';
import { writeCounterEvents } from './testing/write-counter-events';

describe('EventSourcingModule: write, relay, project, replay and rebuild', () => {
  let database: TestDatabase;
  let counter: CounterTopic;
  let app: INestApplicationContext;
  let dataSource: DataSource;
  const projection = (): ReturnType<typeof counterTotalsProjection> => counterTotalsProjection(counter.topic);
  const projected = async (): Promise<CounterTotal[]> => sortCounterTotals(await dataSource.getRepository(counterTotalEntity).find());

  beforeAll(async () => {
    database = await openTestDatabase({ entities: [counterTotalEntity], synchronize: true });
    counter = await openCounterTopic();
    const stack = cityStack('incheon');
    app = await NestFactory.createApplicationContext(
      EventSourcingModule.forRoot({
        database: { url: database.url, schema: database.schema },
        kafka: kafkaConnectionOf(stack, 'admin', uniqueName('es-module-spec')),
        registryUrl: stack.registry.url,
        registryCredentials: registryCredentialsOf(stack, 'registry-consent'),
        routes: [counter.route],
        relay: { relayId: uniqueName('relay'), pollIntervalMs: 50 },
        projections: [projection()],
        projectionSettings: { groupPrefix: uniqueName('es-spec'), sessionTimeoutMs: 6_000, maxRecordsPerTransaction: 100 },
      }),
      { logger: ['error', 'warn'] },
    );
    app.enableShutdownHooks();
    dataSource = app.get<DataSource>(EVENT_SOURCING_DATA_SOURCE);
  });
  afterAll(async () => {
    await app?.close();
    await counter.drop();
    await database.drop();
  });

  it('projects what the command handler wrote, replays idempotently and rebuilds to the same checksum', async () => {
    await writeCounterEvents(app.get<CommandHandler>(COMMAND_HANDLER), 30, 20);
    const expected = await expectedCounterTotals(dataSource);
    await waitFor(async () => JSON.stringify(await projected()) === JSON.stringify(expected), { timeoutMs: 60_000, description: 'the live projection' });
    const live = await tableChecksum(dataSource, counterTotalEntity);
    expect(live.rows).toBe(expected.length);

    const outcomes = await replayWholeTopic();
    expect(outcomes.length).toBe(600);
    expect(outcomes.every((outcome) => outcome === 'ignored')).toBe(true);
    await expect(tableChecksum(dataSource, counterTotalEntity)).resolves.toEqual(live);

    await app.get<ProjectionRunner>(PROJECTION_RUNNER).rebuild(projection().name);
    await waitFor(async () => JSON.stringify(await projected()) === JSON.stringify(expected), { timeoutMs: 60_000, description: 'the rebuilt projection' });
    await expect(tableChecksum(dataSource, counterTotalEntity)).resolves.toEqual(live);
  });

  /** Applies every record of the topic a second time, as a redelivery would, through the real store. */
  async function replayWholeTopic(): Promise<string[]> {
    const store = new TypeOrmProjectionStore(dataSource, projection().name, counterTotalEntity);
    const records = await readWholeTopic(counter.kafka, counter.topic);
    const outcomes: string[] = [];
    for (const partition of new Set(records.map((record) => record.partition))) {
      const events = await Promise.all(records.filter((r) => r.partition === partition).map((r) => projectionEventOf<CounterRecord>(counter.codec, counter.topic, partition, r.message)));
      outcomes.push(...(await store.inTransaction((tx) => applyProjectionBatch(projection(), tx, { topic: counter.topic, partition, records: events }))));
    }
    return outcomes;
  }
});
