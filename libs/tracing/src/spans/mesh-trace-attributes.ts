/**
 * The OpenTelemetry messaging attributes the mesh sets. They are still "incubating" in the semantic conventions,
 * whose maintainers ask users to copy such names rather than import them; these follow semantic-conventions 1.45.
 */
export const MessagingAttribute = {
  System: 'messaging.system',
  DestinationName: 'messaging.destination.name',
  OperationType: 'messaging.operation.type',
  OperationName: 'messaging.operation.name',
  PartitionId: 'messaging.destination.partition.id',
  KafkaOffset: 'messaging.kafka.offset',
  BatchMessageCount: 'messaging.batch.message_count',
} as const;

/**
 * Attributes of the mesh's own. Every attribute a span carries is a name from these lists or the HTTP ones: never
 * a record key, a payload value, a subject or a request URL with its query, so no trace holds personal data.
 */
export const MeshTraceAttribute = {
  /** City id of the node that recorded the span (a resource attribute). */
  City: 'mesh.city',
  /** What became of a consumed record: processed, skipped or deadLettered. */
  Outcome: 'mesh.record.outcome',
  /** Stable error code (e.g. `PRIVACY.EGRESS_BLOCKED`), never the message. */
  ErrorCode: 'mesh.error.code',
} as const;
