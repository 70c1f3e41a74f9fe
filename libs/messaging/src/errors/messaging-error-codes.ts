/** Stable codes of the errors this library raises; dashboards and DLQ tooling match on them. */
export const MessagingErrorCode = {
  /** The value is null or has no bytes (a tombstone on a topic that has none). */
  EmptyValue: 'MESSAGING.EMPTY_VALUE',
  /** The first byte is not the Confluent magic byte 0: not our wire format. */
  WrongMagicByte: 'MESSAGING.WRONG_MAGIC_BYTE',
  /** Fewer than 5 bytes, or an Avro body shorter than its schema needs. */
  TruncatedRecord: 'MESSAGING.TRUNCATED_RECORD',
  /** The registry does not know the schema id in the record. */
  UnknownSchemaId: 'MESSAGING.UNKNOWN_SCHEMA_ID',
  /** The schema id names a JSON or Protobuf schema; only Avro is spoken here. */
  UnsupportedSchemaType: 'MESSAGING.UNSUPPORTED_SCHEMA_TYPE',
  /** The body does not parse against its schema (bad union branch, bytes left over). */
  MalformedBody: 'MESSAGING.MALFORMED_BODY',
  /** The value parsed but breaks its schema; details name the field and the rule. */
  InvalidValue: 'MESSAGING.INVALID_VALUE',
  /** A record to publish has no string key; every mesh record is keyed by an aggregate or event id. */
  MissingKey: 'MESSAGING.MISSING_KEY',
  /** No schema is registered under the subject a publisher needs. */
  SubjectNotFound: 'MESSAGING.SUBJECT_NOT_FOUND',
  /** The registry refused a schema (incompatible with earlier versions, or not valid Avro). */
  SchemaRejected: 'MESSAGING.SCHEMA_REJECTED',
  /** The schema registry did not answer or answered with a server error. */
  RegistryUnavailable: 'MESSAGING.REGISTRY_UNAVAILABLE',
  /** The record's writer schema is not a version of the subject the reader expects (another contract on the topic). */
  SchemaMismatch: 'MESSAGING.SCHEMA_MISMATCH',
  /** The transform failed on one record with an error that is not a mesh error; only the error's class is kept. */
  TransformFailed: 'MESSAGING.TRANSFORM_FAILED',
  /** Kafka did not acknowledge a send. */
  PublishFailed: 'MESSAGING.PUBLISH_FAILED',
} as const;

export type MessagingErrorCode = (typeof MessagingErrorCode)[keyof typeof MessagingErrorCode];
