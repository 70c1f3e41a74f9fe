import type { ConsumerDeserializer, IncomingEvent } from '@nestjs/microservices';
import type { FederatedAvroDeserializer } from './federated-avro-deserializer';

/** The Nest-side twin of `AvroKafkaDeserializer` for handlers that read local and replicated topics alike. */
export class FederatedAvroKafkaDeserializer implements ConsumerDeserializer {
  constructor(private readonly deserializer: FederatedAvroDeserializer) {}

  async deserialize(message: { readonly value?: Buffer | null }, options?: { readonly channel?: string }): Promise<IncomingEvent> {
    const topic = options?.channel ?? '';
    const { value } = await this.deserializer.decode(topic, message.value);
    return { pattern: topic, data: value };
  }
}
