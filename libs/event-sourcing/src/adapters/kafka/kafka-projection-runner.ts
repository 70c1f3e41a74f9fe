import type { Kafka, Producer } from 'kafkajs';
import type { DataSource } from 'typeorm';
import { NotFoundError } from '@usm/errors';
import type { AvroCodec } from '@usm/messaging';
import { DeadLetterPublisher, meshProducerConfig } from '@usm/messaging';
import type { ProjectionRunner } from '../../application/ports';
import { EventSourcingErrorCode } from '../../domain/event-sourcing-error-codes';
import type { EventSourcingMetrics } from '../metrics/event-sourcing-metrics';
import type { TypeOrmProjection } from '../postgres/typeorm-projection';
import { TypeOrmProjectionStore } from '../postgres/typeorm-projection-store';
import { ProjectionConsumer } from './projection-consumer';
import type { ProjectionRunnerSettings } from './projection-settings';

/** Runs each projection in its own consumer group, into PostgreSQL through TypeORM. */
export class KafkaProjectionRunner implements ProjectionRunner {
  private readonly producer: Producer;
  private readonly consumers: Map<string, ProjectionConsumer>;

  constructor(
    kafka: Kafka,
    codec: AvroCodec,
    dataSource: DataSource,
    projections: readonly TypeOrmProjection[],
    settings: ProjectionRunnerSettings,
    metrics?: EventSourcingMetrics,
  ) {
    this.producer = kafka.producer(meshProducerConfig());
    const deadLetters = new DeadLetterPublisher(this.producer);
    this.consumers = new Map(
      projections.map((projection) => {
        const store = new TypeOrmProjectionStore(dataSource, projection.name, projection.entity);
        return [projection.name, new ProjectionConsumer(kafka, codec, deadLetters, projection, store, settings, metrics)];
      }),
    );
  }

  get projectionNames(): readonly string[] {
    return [...this.consumers.keys()];
  }

  async start(): Promise<void> {
    if (this.consumers.size === 0) return;
    await this.producer.connect();
    await Promise.all([...this.consumers.values()].map((consumer) => consumer.start()));
  }

  async stop(): Promise<void> {
    await Promise.all([...this.consumers.values()].map((consumer) => consumer.stop()));
    await this.producer.disconnect();
  }

  /** Stops the projection, empties its table and offsets in one transaction, and replays its topics from the start. */
  async rebuild(projectionName: string): Promise<void> {
    const consumer = this.consumers.get(projectionName);
    if (!consumer) throw new NotFoundError(EventSourcingErrorCode.UnknownProjection, `no projection named ${projectionName}`, { details: { projection: projectionName } });
    await consumer.stop();
    await consumer.store.reset();
    await consumer.start();
  }
}
