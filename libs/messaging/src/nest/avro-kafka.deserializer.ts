import type { ConsumerDeserializer, IncomingEvent } from '@nestjs/microservices';
import type { AvroCodec } from '../codec/avro-codec';

/**
 * Decodes a Kafka message's Avro value into the payload of an `@EventPattern` handler. It throws a
 * `ContractError` on a poison record, so use it through `AvroKafkaServer`, which dead-letters those;
 * under the stock `ServerKafka` the throw would make kafkajs redeliver the record forever.
 */
export class AvroKafkaDeserializer implements ConsumerDeserializer {
  constructor(private readonly codec: AvroCodec) {}

  async deserialize(message: { readonly value?: Buffer | null }, options?: { readonly channel?: string }): Promise<IncomingEvent> {
    const { value } = await this.codec.decode(message.value);
    return { pattern: options?.channel ?? '', data: value };
  }
}
