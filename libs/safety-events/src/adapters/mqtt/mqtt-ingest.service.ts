import type { OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { MqttIngestAdapter } from './mqtt-ingest.adapter';

/** Starts the MQTT adapter once the producer and the ledger are up, and stops it before they close. */
export class MqttIngestService extends MqttIngestAdapter implements OnApplicationBootstrap, OnApplicationShutdown {
  onApplicationBootstrap(): Promise<void> {
    return this.start();
  }

  onApplicationShutdown(): Promise<void> {
    return this.stop();
  }
}
