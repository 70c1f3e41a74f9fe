import type { INestApplicationContext } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { registryCredentialsOf, uniqueName, waitFor } from '@usm/testing';
import { AvroCodec } from '../codec/avro-codec';
import { AvroPublisher } from '../publisher/avro-publisher';
import { SchemaRegistry } from '../registry/schema-registry';
import type { Incident } from '../spec-support/incident-schema';
import { anIncident, incidentSchema } from '../spec-support/incident-schema';
import { KafkaTestBed } from '../spec-support/kafka-test-bed';
import type { MessagingModuleOptions } from './messaging-options';
import { MessagingModule } from './messaging.module';
import { AVRO_CODEC, AVRO_PUBLISHER, SCHEMA_REGISTRY } from './messaging.tokens';

const CITY_CONFIG = Symbol('CITY_CONFIG');

describe('MessagingModule.forRootAsync', () => {
  let bed: KafkaTestBed;
  let app: INestApplicationContext | undefined;

  beforeAll(async () => {
    bed = await new KafkaTestBed().open();
  });

  afterAll(async () => {
    await app?.close();
    await bed?.close();
  });

  it('builds registry, codec and a connected publisher from config provided by another module', async () => {
    const config: MessagingModuleOptions = { kafka: bed.connection, registryUrl: bed.city.registry.url, registryCredentials: registryCredentialsOf(bed.city, 'registry-privacy'), clientId: uniqueName('module-it') };
    @Module({ providers: [{ provide: CITY_CONFIG, useValue: config }], exports: [CITY_CONFIG] })
    class CityConfigModule {}
    @Module({
      imports: [MessagingModule.forRootAsync({ imports: [CityConfigModule], inject: [CITY_CONFIG], useFactory: (city: MessagingModuleOptions) => city })],
    })
    class TestAppModule {}

    app = await NestFactory.createApplicationContext(TestAppModule, { logger: ['error'] });
    expect(app.get(SCHEMA_REGISTRY)).toBeInstanceOf(SchemaRegistry);
    expect(app.get(AVRO_CODEC)).toBeInstanceOf(AvroCodec);
    const publisher = app.get<AvroPublisher>(AVRO_PUBLISHER);
    expect(publisher).toBeInstanceOf(AvroPublisher);

    const { topic } = await bed.topicWithSchema('messaging-module', incidentSchema);
    await publisher.publish<Incident>(topic, [{ key: 'inc-1', value: anIncident }]);
    const records = await bed.collect(topic);
    const [record] = await waitFor(() => records.length === 1 && records, { timeoutMs: 30_000, description: 'the published record' });
    await expect(app.get<AvroCodec>(AVRO_CODEC).decode(record?.value)).resolves.toMatchObject({ value: anIncident });
  });
});
