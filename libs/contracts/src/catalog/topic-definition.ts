/** How a topic's record keys are formed (always UTF-8 strings). */
export type KeyKind = 'event-id' | 'aggregate-id' | 'notice-id';

/** One entry of the topic catalog: everything needed to create, register and police a topic. */
export interface TopicDefinition {
  /** Topic name on the city's cluster, e.g. `safety.events.raw.v1`. */
  readonly name: string;
  readonly key: KeyKind;
  /** Avro full name of the value schema's top-level record, e.g. `mesh.safety.RawSafetyEvent`. */
  readonly valueSchema: string;
  readonly partitions: number;
  /** -1 keeps records forever. */
  readonly retentionMs: number;
  readonly cleanupPolicy: 'delete' | 'compact';
  /** Whether records may leave the city (to partners with an active agreement). */
  readonly shareable: boolean;
  /**
   * Name of the topic this one travels with: wherever an agreement shares that topic with a partner, this one is
   * replicated too, whether or not the agreement names it (retractions follow the events they retract).
   */
  readonly followsTopic?: string;
  readonly doc: string;
}
