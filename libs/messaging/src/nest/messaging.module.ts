import { DynamicModule, Module, Provider } from '@nestjs/common';
import type { Kafka } from 'kafkajs';
import { AvroCodec } from '../codec/avro-codec';
import { createKafka } from '../kafka/kafka-connection';
import { AvroPublisher } from '../publisher/avro-publisher';
import { SchemaRegistry } from '../registry/schema-registry';
import { MessagingModuleAsyncOptions, MessagingModuleOptions } from './messaging-options';
import { AVRO_CODEC, AVRO_PUBLISHER, KAFKA_CLIENT, MESSAGING_OPTIONS, SCHEMA_REGISTRY } from './messaging.tokens';
import { PublisherLifecycle } from './publisher-lifecycle.provider';

const sharedProviders: Provider[] = [
  {
    provide: KAFKA_CLIENT,
    inject: [MESSAGING_OPTIONS],
    useFactory: (options: MessagingModuleOptions) => createKafka({ ...options.kafka, clientId: options.clientId }),
  },
  {
    provide: SCHEMA_REGISTRY,
    inject: [MESSAGING_OPTIONS],
    useFactory: (options: MessagingModuleOptions) => new SchemaRegistry({ url: options.registryUrl, clientId: options.clientId, credentials: options.registryCredentials }),
  },
  { provide: AVRO_CODEC, inject: [SCHEMA_REGISTRY], useFactory: (registry: SchemaRegistry) => new AvroCodec(registry) },
  { provide: AVRO_PUBLISHER, inject: [KAFKA_CLIENT, AVRO_CODEC], useFactory: (kafka: Kafka, codec: AvroCodec) => new AvroPublisher(kafka, codec) },
  PublisherLifecycle,
];

const exportedTokens = [KAFKA_CLIENT, SCHEMA_REGISTRY, AVRO_CODEC, AVRO_PUBLISHER];

/**
 * The city's Kafka client, schema registry, codec and publisher, under Symbol tokens. Global, and
 * meant to be imported once by the app: every context module of an all-in-one node shares one producer.
 */
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingModuleOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [{ provide: MESSAGING_OPTIONS, useValue: options }, ...sharedProviders],
      exports: exportedTokens,
    };
  }

  static forRootAsync(options: MessagingModuleAsyncOptions): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      imports: options.imports ?? [],
      providers: [{ provide: MESSAGING_OPTIONS, inject: options.inject ?? [], useFactory: options.useFactory }, ...sharedProviders],
      exports: exportedTokens,
    };
  }
}
