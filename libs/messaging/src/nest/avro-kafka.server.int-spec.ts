import type { DynamicModule, INestMicroservice } from '@nestjs/common';
import { Controller, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ClientKafka, EventPattern, Payload } from '@nestjs/microservices';
import type { KafkaMessage } from 'kafkajs';
import { lastValueFrom } from 'rxjs';
import { Registry } from 'prom-client';
import { RuleViolationError } from '@usm/errors';
import { registryCredentialsOf, uniqueName, waitFor } from '@usm/testing';
import { DeadLetterHeader } from '../dead-letter/dead-letter-headers';
import { MessagingErrorCode } from '../errors/messaging-error-codes';
import { kafkaConfigOf } from '../kafka/kafka-connection';
import { meshProducerConfig } from '../kafka/producer-settings';
import type { AvroPublisher } from '../publisher/avro-publisher';
import type { Incident } from '../spec-support/incident-schema';
import { anIncident, incidentSchema } from '../spec-support/incident-schema';
import { KafkaTestBed } from '../spec-support/kafka-test-bed';
import { AvroKafkaSerializer } from './avro-kafka.serializer';
import { AvroKafkaServer } from './avro-kafka.server';
import { MeshRpcExceptionFilter } from './mesh-rpc-exception.filter';
import { MessagingModule } from './messaging.module';
import { AVRO_PUBLISHER } from './messaging.tokens';

const wait = { timeoutMs: 30_000 };
const header = (message: KafkaMessage | undefined, name: string) => message?.headers?.[name]?.toString();

/** A driving adapter as contexts write them; crowd incidents are refused with a non-retriable error. */
function incidentsController(topic: string, received: Incident[]) {
  @Controller()
  class IncidentsController {
    @EventPattern(topic)
    async onIncident(@Payload() incident: Incident): Promise<void> {
      if (incident.category === 'crowd') throw new RuleViolationError('TEST.CROWD_REFUSED', 'crowd incidents are refused here');
      received.push(incident);
    }
  }
  return IncidentsController;
}

/** Boots like an app: MessagingModule for publishing, the controller on the Avro transport. */
function appModule(bed: KafkaTestBed, topic: string, received: Incident[]): DynamicModule {
  @Module({})
  class TestAppModule {}
  return {
    module: TestAppModule,
    imports: [MessagingModule.forRoot({ kafka: bed.connection, registryUrl: bed.city.registry.url, registryCredentials: registryCredentialsOf(bed.city, 'registry-privacy'), clientId: uniqueName('nest-it') })],
    controllers: [incidentsController(topic, received)],
  };
}

describe('AvroKafkaServer in a Nest microservice', () => {
  let bed: KafkaTestBed;
  let app: INestMicroservice | undefined;
  let client: ClientKafka | undefined;

  beforeAll(async () => {
    bed = await new KafkaTestBed().open();
  });

  afterAll(async () => {
    await client?.close();
    await app?.close();
    await bed?.close();
  });

  it('hands decoded payloads to @EventPattern handlers and dead-letters poison records without stopping', async () => {
    const { topic } = await bed.topicWithSchema('messaging-nest', incidentSchema);
    const received: Incident[] = [];
    const server = new AvroKafkaServer({
      kafka: bed.connection,
      registryUrl: bed.city.registry.url, registryCredentials: registryCredentialsOf(bed.city, 'registry-privacy'),
      groupId: uniqueName('nest-group'),
      fromBeginning: true,
      metricsRegistry: new Registry(),
    });
    app = await NestFactory.createMicroservice(appModule(bed, topic, received), { strategy: server, logger: ['error'] });
    app.useGlobalFilters(new MeshRpcExceptionFilter());
    await app.listen();

    const publisher = app.get<AvroPublisher>(AVRO_PUBLISHER);
    await publisher.publish<Incident>(topic, [{ key: 'first', value: anIncident }]);
    const poisonOffset = await bed.produceRaw(topic, 'poison', Buffer.from('{"incidentId":"x"}'));
    await publisher.publish<Incident>(topic, [{ key: 'refused', value: { ...anIncident, category: 'crowd' } }]);
    client = new ClientKafka({
      client: kafkaConfigOf({ ...bed.connection, clientId: uniqueName('nest-emit') }),
      producer: meshProducerConfig(),
      producerOnlyMode: true,
      serializer: new AvroKafkaSerializer(bed.codec),
    });
    await client.connect();
    await lastValueFrom(client.emit(topic, { key: 'emitted', value: { ...anIncident, incidentId: 'inc-emitted' } }));

    const deadLetters = await bed.collect(`${topic}.dlq`);
    await waitFor(() => received.length >= 2 && deadLetters.length >= 2, { ...wait, description: 'two handled records and two dead letters' });

    expect(received.map((incident) => incident.incidentId)).toEqual(['inc-1', 'inc-emitted']);
    expect(received[0]).toMatchObject(anIncident);
    const [poison, refused] = deadLetters;
    expect(poison?.key?.toString()).toBe('poison');
    expect(poison?.value?.toString()).toBe('{"incidentId":"x"}');
    expect(header(poison, DeadLetterHeader.Code)).toBe(MessagingErrorCode.WrongMagicByte);
    expect(header(poison, DeadLetterHeader.SourceTopic)).toBe(topic);
    expect(header(poison, DeadLetterHeader.SourcePartition)).toBe('0');
    expect(header(poison, DeadLetterHeader.SourceOffset)).toBe(poisonOffset);
    expect(header(refused, DeadLetterHeader.Code)).toBe('TEST.CROWD_REFUSED');
    expect(header(refused, DeadLetterHeader.Reason)).toBe('crowd incidents are refused here');
    // The handler sees a record before the server counts its outcome, so wait for the counters too.
    await waitFor(async () => (await server.metrics.countOf(topic, 'processed')) === 2 && (await server.metrics.countOf(topic, 'deadLettered')) === 2, {
      ...wait,
      description: 'outcome counters: 2 processed, 2 dead-lettered',
    });
  });
});
