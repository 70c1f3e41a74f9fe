/** Injection tokens of `MessagingModule`. */
export const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');
/** The kafkajs `Kafka` client of the city. */
export const KAFKA_CLIENT = Symbol('KAFKA_CLIENT');
/** The city's `SchemaRegistry`. */
export const SCHEMA_REGISTRY = Symbol('SCHEMA_REGISTRY');
/** The `AvroCodec` over that registry. */
export const AVRO_CODEC = Symbol('AVRO_CODEC');
/** The connected `AvroPublisher`. */
export const AVRO_PUBLISHER = Symbol('AVRO_PUBLISHER');
