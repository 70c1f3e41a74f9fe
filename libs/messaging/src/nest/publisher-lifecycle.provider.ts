import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { AvroPublisher } from '../publisher/avro-publisher';
import { AVRO_PUBLISHER } from './messaging.tokens';

/** Connects the shared publisher at boot and disconnects it last, after other modules flushed in `onModuleDestroy`. */
@Injectable()
export class PublisherLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(AVRO_PUBLISHER) private readonly publisher: AvroPublisher) {}

  onModuleInit(): Promise<void> {
    return this.publisher.connect();
  }

  onApplicationShutdown(): Promise<void> {
    return this.publisher.disconnect();
  }
}
